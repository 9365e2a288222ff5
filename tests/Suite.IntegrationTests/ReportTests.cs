using Intermunicipal.Common.V1;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>Monthly statistics, billable usage and the audit trail, from calls logged here.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ReportTests(SuiteFixture suite)
{
    private readonly OnCallService.OnCallServiceClient _modum = suite.Gateway.OnCall(TestUser.ModumStaff);

    [Fact]
    public async Task Monthly_statistics_count_by_reporter_category_and_outcome_with_call_out_hours()
    {
        // October 2025 in Oslo: 1 October 00:00 CEST is 30 September 22:00 UTC.
        var firstMinute = new DateTime(2025, 9, 30, 22, 0, 0, DateTimeKind.Utc);
        var police = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, "3318", firstMinute))).Call;
        var school = TestCalls.Valid(TestCalls.MidtBuskerud, "3318", firstMinute.AddDays(10));
        school.Call.ReporterType = ReporterType.School;
        school.Call.ConcernCategories.Add("barnets-atferd");
        var schoolCall = (await _modum.LogCallAsync(school)).Call;
        await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, "3318", firstMinute.AddMinutes(-1)));
        await _modum.AddCallEntryAsync(TestCalls.Entry(police.Name, CallEntryType.CallOut, firstMinute.AddMinutes(10), firstMinute.AddMinutes(100)));
        await _modum.AddCallEntryAsync(TestCalls.Entry(police.Name, CallEntryType.EmergencyPlacement, firstMinute.AddMinutes(90), legalBasis: "bvl-4-2"));
        await _modum.AddCallEntryAsync(TestCalls.Entry(schoolCall.Name, CallEntryType.ReferredToDayService, firstMinute.AddDays(10).AddMinutes(5)));

        var stats = (await _modum.GetMonthlyStatisticsAsync(new GetMonthlyStatisticsRequest
        {
            OnCallUnit = TestCalls.MidtBuskerud,
            MunicipalityNumber = "3318",
            Year = 2025,
            Month = 10,
        })).Statistics;

        Assert.Equal(2, stats.CallCount);
        Assert.Equal([(ReporterType.Police, 1), (ReporterType.School, 1)], stats.ByReporterType.Select(r => (r.ReporterType, r.Count)));
        Assert.Equal([("barnets-atferd", 1), ("vold-naere-relasjoner", 2)], stats.ByConcernCategory.Select(c => (c.ConcernCategory, c.Count)));
        Assert.Equal([(CallOutcome.Referred, 1), (CallOutcome.EmergencyPlacement, 1)], stats.ByOutcome.Select(o => (o.Outcome, o.Count)));
        Assert.Equal(1, stats.CallOutCount);
        Assert.Equal(90, stats.CallOutMinutes);
        Assert.Equal(1, stats.EmergencyDecisionCount);
    }

    [Fact]
    public async Task Billable_usage_counts_what_happened_in_the_period_with_stable_item_ids()
    {
        // A call just before the quarter whose call-out starts inside it: the call-out is billed, the call is not.
        var quarterStart = new DateTime(2024, 12, 31, 23, 0, 0, DateTimeKind.Utc);
        var before = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, "3314", quarterStart.AddMinutes(-30)))).Call;
        var inside = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, "3314", quarterStart.AddDays(40)))).Call;
        var callOut = (await _modum.AddCallEntryAsync(TestCalls.Entry(before.Name, CallEntryType.CallOut,
            quarterStart.AddMinutes(15), quarterStart.AddMinutes(15 + 125)))).Call.Entries.Single();
        var decision = (await _modum.AddCallEntryAsync(TestCalls.Entry(inside.Name, CallEntryType.EmergencyDecision,
            quarterStart.AddDays(40).AddMinutes(30), legalBasis: "bvl-4-1"))).Call.Entries.Single();
        var request = new GetBillableUsageRequest
        {
            OnCallUnit = TestCalls.MidtBuskerud,
            MunicipalityNumber = "3314",
            Period = new Period
            {
                StartDate = new Google.Type.Date { Year = 2025, Month = 1, Day = 1 },
                EndDate = new Google.Type.Date { Year = 2025, Month = 3, Day = 31 },
            },
        };

        var usage = (await suite.Gateway.OnCall(TestUser.ModumStaff with { Roles = ["finance"] }).GetBillableUsageAsync(request)).Usage;

        Assert.Equal(1, usage.CallCount);
        Assert.Equal(1, usage.CallOutCount);
        Assert.Equal(125, usage.CallOutMinutes);
        Assert.Equal(1, usage.EmergencyDecisionCount);
        Assert.Equal(
            [(inside.Name, BillableItemKind.Call, 0L), (callOut.Name, BillableItemKind.CallOut, 125L), (decision.Name, BillableItemKind.EmergencyDecision, 0L)],
            usage.Items.Select(i => (i.Source, i.Kind, i.Minutes)));
        Assert.DoesNotContain(inside.Summary, usage.ToString());
    }

    [Fact]
    public async Task Batch_usage_answers_each_municipality_as_its_own_read_does_in_the_order_asked()
    {
        // May 2023 in Oslo: 1 May 00:00 CEST is 30 April 22:00 UTC.
        var mayStart = new DateTime(2023, 4, 30, 22, 0, 0, DateTimeKind.Utc);
        await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, "3332", mayStart.AddDays(3)));
        await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, "3332", mayStart.AddDays(4)));
        var other = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, "3236", mayStart.AddDays(5)))).Call;
        await _modum.AddCallEntryAsync(TestCalls.Entry(other.Name, CallEntryType.CallOut, mayStart.AddDays(5).AddMinutes(10), mayStart.AddDays(5).AddMinutes(70)));
        var may = new Period
        {
            StartDate = new Google.Type.Date { Year = 2023, Month = 5, Day = 1 },
            EndDate = new Google.Type.Date { Year = 2023, Month = 5, Day = 31 },
        };
        var finance = suite.Gateway.OnCall(TestUser.ModumStaff with { Roles = ["finance"] });

        var batch = await finance.BatchGetBillableUsageAsync(new BatchGetBillableUsageRequest
        {
            OnCallUnit = TestCalls.MidtBuskerud,
            MunicipalityNumbers = { "3236", "3332", "3318" },
            Period = may,
        });

        Assert.Equal(["3236", "3332", "3318"], batch.Usages.Select(u => u.MunicipalityNumber));
        Assert.Equal([(1, 1), (2, 0), (0, 0)], batch.Usages.Select(u => (u.CallCount, u.CallOutCount)));
        foreach (var usage in batch.Usages)
        {
            var single = await finance.GetBillableUsageAsync(new GetBillableUsageRequest { OnCallUnit = TestCalls.MidtBuskerud, MunicipalityNumber = usage.MunicipalityNumber, Period = may });
            Assert.Equal(single.Usage, usage);
        }
    }

    [Fact]
    public async Task Usage_by_day_lists_the_same_calls_as_the_full_view_under_their_Oslo_days()
    {
        // June 2023 in Oslo: 1 June 00:00 CEST is 31 May 22:00 UTC; the second call is on 2 June in Oslo, 1 June in UTC.
        var juneStart = new DateTime(2023, 5, 31, 22, 0, 0, DateTimeKind.Utc);
        var first = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, "3316", juneStart.AddHours(3)))).Call;
        var second = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, "3316", juneStart.AddHours(24.5)))).Call;
        var june = new Period
        {
            StartDate = new Google.Type.Date { Year = 2023, Month = 6, Day = 1 },
            EndDate = new Google.Type.Date { Year = 2023, Month = 6, Day = 30 },
        };
        var finance = suite.Gateway.OnCall(TestUser.ModumStaff with { Roles = ["finance"] });
        BatchGetBillableUsageRequest Asking(BillableUsageView view) =>
            new() { OnCallUnit = TestCalls.MidtBuskerud, MunicipalityNumbers = { "3316" }, Period = june, View = view };

        var byDay = (await finance.BatchGetBillableUsageAsync(Asking(BillableUsageView.CallsByDay))).Usages.Single();
        var full = (await finance.BatchGetBillableUsageAsync(Asking(BillableUsageView.Unspecified))).Usages.Single();

        Assert.Equal([(1, first.Name), (2, second.Name)],
            byDay.CallDays.SelectMany(d => d.CallIds.Select(id => (d.Date.Day, $"{TestCalls.MidtBuskerud}/calls/{id}"))));
        Assert.Empty(byDay.Items);
        Assert.Empty(full.CallDays);
        Assert.Equal([first.Name, second.Name], full.Items.Select(i => i.Source));
    }

    [Fact]
    public async Task Usage_in_an_unknown_view_is_refused_naming_the_view()
    {
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => suite.Gateway.OnCall(TestUser.ModumStaff with { Roles = ["finance"] })
            .GetBillableUsageAsync(new GetBillableUsageRequest
            {
                OnCallUnit = TestCalls.MidtBuskerud,
                MunicipalityNumber = "3316",
                Period = new Period { StartDate = new Google.Type.Date { Year = 2023, Month = 6, Day = 1 }, EndDate = new Google.Type.Date { Year = 2023, Month = 6, Day = 30 } },
                View = (BillableUsageView)7,
            }).ResponseAsync);

        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["view"], TestCalls.ViolatedFields(refused));
    }

    [Theory]
    [InlineData(new[] { "3332", "3332" }, "municipality_numbers[1]")]
    [InlineData(new[] { "3332", "0301" }, "municipality_numbers[1]")]
    [InlineData(new[] { "33" }, "municipality_numbers[0]")]
    [InlineData(new string[0], "municipality_numbers")]
    public async Task Batch_usage_names_the_municipality_it_refuses(string[] municipalities, string field)
    {
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => suite.Gateway.OnCall(TestUser.ModumStaff with { Roles = ["finance"] })
            .BatchGetBillableUsageAsync(new BatchGetBillableUsageRequest
            {
                OnCallUnit = TestCalls.MidtBuskerud,
                MunicipalityNumbers = { municipalities },
                Period = new Period { StartDate = new Google.Type.Date { Year = 2023, Month = 5, Day = 1 }, EndDate = new Google.Type.Date { Year = 2023, Month = 5, Day = 31 } },
            }).ResponseAsync);

        Assert.Equal(Grpc.Core.StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal([field], TestCalls.ViolatedFields(refused));
    }

    [Fact]
    public async Task Every_read_of_personal_data_is_audited_for_the_unit_lead()
    {
        var staff = suite.Gateway.OnCall(TestUser.BaerumStaff);
        var call = (await staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Asker))).Call;
        await suite.Gateway.OnCall(TestUser.AskerCaseworker).GetCallAsync(new GetCallRequest { Name = call.Name });
        await staff.GetCallAsync(new GetCallRequest { Name = call.Name });
        await staff.ListCallsAsync(new ListCallsRequest { Parent = TestCalls.AskerOgBaerum });

        var trail = await suite.Gateway.OnCall(TestUser.BaerumLead).ListAuditEventsAsync(
            new ListAuditEventsRequest { Parent = TestCalls.AskerOgBaerum, Call = call.Name });

        Assert.Equal([("baerum-vakt", TestUser.Baerum), ("asker-saksbehandler", TestUser.Asker)],
            trail.AuditEvents.Select(e => (e.Subject, e.SubjectMunicipalityNumber)));
        Assert.All(trail.AuditEvents, e => Assert.Equal(call.Name, e.Call));
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => staff.ListAuditEventsAsync(
            new ListAuditEventsRequest { Parent = TestCalls.AskerOgBaerum }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, refused.StatusCode);
    }
}
