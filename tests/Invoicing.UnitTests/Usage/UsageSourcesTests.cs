using Google.Protobuf;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.Usage;
using Intermunicipal.Invoicing.V1;
using CapacityV1 = Intermunicipal.Capacity.V1;
using OnCallV1 = Intermunicipal.OnCall.V1;

namespace Intermunicipal.Invoicing.UnitTests.Usage;

/// <summary>
/// What the biller makes of OnCall's and Capacity's answers: calls by day become items named under
/// the unit, and an answer that breaks the usage contract (a municipality or team left out or given
/// twice, days that are not dates) fails the agreements that need it with a reason, never an unhandled error.
/// </summary>
public sealed class UsageSourcesTests
{
    private static readonly DateRange January = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

    [Fact]
    public async Task On_call_answer_with_a_municipality_twice_is_unavailable_with_a_reason()
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { OnCallUsage("0220"), OnCallUsage("0220") } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.OnCallAsync("onCallUnits/x", "0219", ["0220"], January, TestContext.Current.CancellationToken));

        Assert.Equal("OnCall answered the usage of municipality 0220 twice; run the period again", failure.Message);
    }

    [Fact]
    public async Task On_call_answer_without_a_municipality_asked_for_is_unavailable_with_a_reason()
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { OnCallUsage("0220") } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.OnCallAsync("onCallUnits/x", "0219", ["0220", "3201"], January, TestContext.Current.CancellationToken));

        Assert.Equal("OnCall answered without the usage of municipality 3201; run the period again", failure.Message);
    }

    [Fact]
    public async Task On_call_answer_is_keyed_by_municipality()
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { OnCallUsage("3201"), OnCallUsage("0220") } });

        var usage = await sources.OnCallAsync("onCallUnits/x", "0219", ["0220", "3201"], January, TestContext.Current.CancellationToken);

        Assert.Equal(["0220", "3201"], usage.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("onCallUnits/x/calls/3201-1", Assert.Single(usage["3201"]).Source);
    }

    [Fact]
    public async Task Capacity_answer_with_a_team_twice_is_unavailable_with_a_reason()
    {
        var twice = new CapacityV1.BillableUsage { MunicipalityNumber = "0220", Teams = { new CapacityV1.TeamUsage { Team = "teams/mst" }, new CapacityV1.TeamUsage { Team = "teams/mst" } } };
        var sources = Sources(new CapacityV1.BatchGetBillableUsageResponse { Usages = { twice } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.CapacityAsync("0219", ["0220"], January, TestContext.Current.CancellationToken));

        Assert.Equal("Capacity answered the usage of team teams/mst twice; run the period again", failure.Message);
    }

    [Fact]
    public async Task On_call_calls_by_day_become_call_items_named_under_the_unit_on_their_day()
    {
        var asked = new List<OnCallV1.BatchGetBillableUsageRequest>();
        var byDay = new OnCallV1.BillableUsage
        {
            MunicipalityNumber = "0220",
            CallDays = { new OnCallV1.BillableCallDay { Date = new Google.Type.Date { Year = 2026, Month = 1, Day = 5 }, CallIds = { "a", "b" } } },
            Items =
            {
                new OnCallV1.BillableItem
                {
                    Source = "onCallUnits/x/calls/a/entries/e", Kind = OnCallV1.BillableItemKind.CallOut, Minutes = 90,
                    OccurTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTime(new DateTime(2026, 1, 5, 23, 30, 0, DateTimeKind.Utc)),
                },
            },
        };
        var sources = ScriptedSources.Answering(request =>
        {
            asked.Add((OnCallV1.BatchGetBillableUsageRequest)request);
            return Task.FromResult<IMessage>(new OnCallV1.BatchGetBillableUsageResponse { Usages = { byDay } });
        });

        var usage = await sources.OnCallAsync("onCallUnits/x", "0219", "0220", January, TestContext.Current.CancellationToken);

        Assert.Equal(OnCallV1.BillableUsageView.CallsByDay, Assert.Single(asked).View);
        var (fifth, sixth) = (new DateRange(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 5)), new DateRange(new DateOnly(2026, 1, 6), new DateOnly(2026, 1, 6)));
        Assert.Equal(
            [
                new UsageItem("onCallUnits/x/calls/a", UsageUnit.Call, fifth, 1),
                new UsageItem("onCallUnits/x/calls/b", UsageUnit.Call, fifth, 1),
                new UsageItem("onCallUnits/x/calls/a/entries/e", UsageUnit.CallOut, sixth, 1),
                new UsageItem("onCallUnits/x/calls/a/entries/e/minutes", UsageUnit.CallOutHour, sixth, 90),
            ],
            usage);
    }

    [Theory]
    [InlineData(0, 1, 5)]
    [InlineData(2026, 13, 5)]
    [InlineData(2026, 2, 30)]
    public async Task On_call_day_that_is_not_a_date_is_unavailable_with_a_reason(int year, int month, int day)
    {
        var date = year == 0 ? null : new Google.Type.Date { Year = year, Month = month, Day = day };
        var answer = new OnCallV1.BillableUsage { MunicipalityNumber = "0220", CallDays = { new OnCallV1.BillableCallDay { Date = date, CallIds = { "a" } } } };

        Assert.Equal("OnCall answered usage with days that are not dates; run the period again", await OnCallFailureOf(answer));
    }

    [Fact]
    public async Task On_call_item_without_a_time_is_unavailable_with_a_reason()
    {
        var answer = new OnCallV1.BillableUsage
        {
            MunicipalityNumber = "0220",
            Items = { new OnCallV1.BillableItem { Source = "onCallUnits/x/calls/a", Kind = OnCallV1.BillableItemKind.Call } },
        };

        Assert.Equal("OnCall answered usage with an item without a valid time; run the period again", await OnCallFailureOf(answer));
    }

    [Fact]
    public async Task Capacity_treatment_ending_before_it_starts_is_unavailable_with_a_reason()
    {
        var treatment = new CapacityV1.TreatmentDays
        {
            Referral = "referrals/r",
            Days = 3,
            FirstDate = new Google.Type.Date { Year = 2026, Month = 1, Day = 9 },
            LastDate = new Google.Type.Date { Year = 2026, Month = 1, Day = 7 },
        };
        var answer = new CapacityV1.BillableUsage { MunicipalityNumber = "0220", Teams = { new CapacityV1.TeamUsage { Team = "teams/mst", TreatmentDays = { treatment } } } };
        var sources = Sources(new CapacityV1.BatchGetBillableUsageResponse { Usages = { answer } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.CapacityAsync("0219", ["0220"], January, TestContext.Current.CancellationToken));

        Assert.Equal("Capacity answered usage with days that are not dates; run the period again", failure.Message);
    }

    /// <summary>Why the usage of municipality 0220 is unavailable when OnCall answers <paramref name="answer"/> for it.</summary>
    private static async Task<string> OnCallFailureOf(OnCallV1.BillableUsage answer)
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { answer } });
        return (await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.OnCallAsync("onCallUnits/x", "0219", "0220", January, TestContext.Current.CancellationToken))).Message;
    }

    private static OnCallV1.BillableUsage OnCallUsage(string municipality) =>
        ScriptedSources.OneCall(municipality, $"onCallUnits/x/calls/{municipality}-1", new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    private static UsageSources Sources(IMessage answer) => ScriptedSources.Answering(answer);
}
