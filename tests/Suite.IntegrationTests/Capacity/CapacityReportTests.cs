using Intermunicipal.Capacity.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Capacity.CapacityScenario;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>Yearly statistics and billable usage across the edges of years and periods.</summary>
[Collection(SuiteCollection.Name)]
public sealed class CapacityReportTests(SuiteFixture suite)
{
    private readonly CapacityScenario _s = new(suite.Gateway);

    [Fact]
    public async Task A_year_s_statistics_count_treatments_that_span_its_edges_per_municipality()
    {
        var team = await _s.TeamAsync(3);
        await _s.AllocateAsync(team, TestUser.Asker, 1, new DateOnly(2024, 1, 1));
        await TreatmentAsync(_s.Host, team, new DateOnly(2024, 10, 1), new DateOnly(2025, 3, 31), 8, 14);   // 182 days
        await TreatmentAsync(_s.Host, team, new DateOnly(2025, 2, 1), new DateOnly(2025, 8, 31), 10);      // 212 days
        await TreatmentAsync(_s.Host, team, new DateOnly(2025, 11, 1), null, 7, 9, 11);                   // still open
        var asker = await TreatmentAsync(_s.Asker, team, new DateOnly(2025, 5, 1), null, 12);
        await _s.Asker.DiscontinueTreatmentAsync(new DiscontinueTreatmentRequest
        {
            Name = asker.Name,
            EndDate = Date(2025, 6, 30),
            Outcome = TreatmentOutcome.Moved,
            RequestId = NewRequestId(),
        });

        var year = (await _s.Host.GetTreatmentStatisticsAsync(new GetTreatmentStatisticsRequest { Team = team.Name, Year = 2025 })).Statistics;

        var baerum = year.Municipalities[0];
        Assert.Equal(TestUser.Baerum, baerum.MunicipalityNumber);
        Assert.Equal((3, 6, 2, 2, 0), (baerum.Figures.FamiliesInTreatment, baerum.Figures.ChildrenInTreatment, baerum.Figures.Started,
            baerum.Figures.Completed, baerum.Figures.Discontinued));
        Assert.Equal(197_000, baerum.Figures.AverageCompletedLengthMillidays);
        Assert.Equal(9_250, baerum.Figures.AverageChildAgeAtStartMillis);
        var askerFigures = year.Municipalities.Single(m => m.MunicipalityNumber == TestUser.Asker).Figures;
        Assert.Equal((1, 1, 1, 0, 1), (askerFigures.FamiliesInTreatment, askerFigures.ChildrenInTreatment, askerFigures.Started,
            askerFigures.Completed, askerFigures.Discontinued));
        Assert.Equal((4, 7, 2), (year.Total.FamiliesInTreatment, year.Total.ChildrenInTreatment, year.Total.EndedLivingAtHome));
        var next = (await _s.Host.GetTreatmentStatisticsAsync(new GetTreatmentStatisticsRequest { Team = team.Name, Year = 2026 })).Statistics;
        Assert.Equal((1, 3, 0), (next.Total.FamiliesInTreatment, next.Total.ChildrenInTreatment, next.Total.Started));
    }

    [Fact]
    public async Task Usage_counts_only_the_days_inside_the_period_with_a_stable_id_for_each_item()
    {
        var team = await _s.TeamAsync(4);
        var first = await _s.AllocateAsync(team, TestUser.Asker, 2, new DateOnly(2025, 12, 15), new DateOnly(2026, 2, 10));
        var second = await _s.AllocateAsync(team, TestUser.Asker, 1, new DateOnly(2026, 2, 11));
        var before = await TreatmentAsync(_s.Asker, team, new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10));
        var inside = await TreatmentAsync(_s.Asker, team, new DateOnly(2026, 2, 20));
        await TreatmentAsync(_s.Host, team, new DateOnly(2026, 2, 1));

        var february = await UsageAsync(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28));
        var january = await UsageAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

        var feb = february.Teams.Single(t => t.Team == team.Name);
        Assert.Equal((19L, 1, 38L, 2), (feb.SlotDays, feb.TreatmentsStarted, feb.AllocatedSlotDays, feb.MaxAllocatedSlots));
        Assert.Equal([(before.Name, 10, false), (inside.Name, 9, true)], feb.TreatmentDays.Select(d => (d.Referral, d.Days, d.StartedInPeriod)));
        Assert.Equal([(first.Name, 10), (second.Name, 18)], feb.AllocationDays.Select(a => (a.Allocation, a.Days)));
        var jan = january.Teams.Single(t => t.Team == team.Name);
        Assert.Equal((12L, 1, 62L), (jan.SlotDays, jan.TreatmentsStarted, jan.AllocatedSlotDays));
    }

    [Fact]
    public async Task Usage_requests_are_checked_field_by_field()
    {
        var finance = _s.As(TestUser.BaerumFinance);

        await CapacityAssert.InvalidAsync("period", () => finance.GetBillableUsageAsync(new GetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            MunicipalityNumber = TestUser.Asker,
        }).ResponseAsync);
        await CapacityAssert.InvalidAsync("period.end_date", () => finance.GetBillableUsageAsync(new GetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            MunicipalityNumber = TestUser.Asker,
            Period = new Common.V1.Period { StartDate = Date(2025, 1, 1), EndDate = Date(2026, 6, 30) },
        }).ResponseAsync);
        await CapacityAssert.InvalidAsync("municipality_number", () => finance.GetBillableUsageAsync(new GetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            MunicipalityNumber = "32O3",
            Period = new Common.V1.Period { StartDate = Date(2025, 1, 1), EndDate = Date(2025, 1, 31) },
        }).ResponseAsync);
    }

    [Fact]
    public async Task Batch_usage_answers_each_municipality_as_its_own_read_does_in_the_order_asked()
    {
        var team = await _s.TeamAsync(4);
        await _s.AllocateAsync(team, TestUser.Asker, 1, new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 20));
        await TreatmentAsync(_s.Asker, team, new DateOnly(2024, 3, 5));
        await TreatmentAsync(_s.Host, team, new DateOnly(2024, 3, 10));
        var march = new Common.V1.Period { StartDate = Date(2024, 3, 1), EndDate = Date(2024, 3, 31) };
        var finance = _s.As(TestUser.BaerumFinance);

        var batch = await finance.BatchGetBillableUsageAsync(new BatchGetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            MunicipalityNumbers = { TestUser.Asker, TestUser.Baerum },
            Period = march,
        });

        Assert.Equal([TestUser.Asker, TestUser.Baerum], batch.Usages.Select(u => u.MunicipalityNumber));
        var (asker, baerum) = (batch.Usages[0].Teams.Single(t => t.Team == team.Name), batch.Usages[1].Teams.Single(t => t.Team == team.Name));
        Assert.Equal((27L, 1, 20L), (asker.SlotDays, asker.TreatmentsStarted, asker.AllocatedSlotDays));
        Assert.Equal((22L, 1, 0L), (baerum.SlotDays, baerum.TreatmentsStarted, baerum.AllocatedSlotDays));
        foreach (var usage in batch.Usages)
        {
            var single = await finance.GetBillableUsageAsync(new GetBillableUsageRequest
            {
                HostMunicipalityNumber = TestUser.Baerum,
                MunicipalityNumber = usage.MunicipalityNumber,
                Period = march,
            });
            Assert.Equal(single.Usage, usage);
        }

        await CapacityAssert.InvalidAsync("municipality_numbers[1]", () => finance.BatchGetBillableUsageAsync(new BatchGetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            MunicipalityNumbers = { TestUser.Asker, TestUser.Asker },
            Period = march,
        }).ResponseAsync);
        await CapacityAssert.InvalidAsync("municipality_numbers", () => finance.BatchGetBillableUsageAsync(new BatchGetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            Period = march,
        }).ResponseAsync);
    }

    private async Task<BillableUsage> UsageAsync(DateOnly first, DateOnly last) =>
        (await _s.As(TestUser.AskerFinance).GetBillableUsageAsync(new GetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            MunicipalityNumber = TestUser.Asker,
            Period = new Common.V1.Period { StartDate = Date(first), EndDate = Date(last) },
        })).Usage;
}
