using Google.Protobuf.WellKnownTypes;
using Intermunicipal.Common.V1;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using static Intermunicipal.OnCall.UnitTests.TestData;

namespace Intermunicipal.OnCall.UnitTests;

/// <summary>MonthlyStatisticsBuilder and BillableUsageBuilder over November 2026 in Oslo.</summary>
public sealed class ReportBuilderTests
{
    private const string CallA = "0195f0a4-0000-7000-8000-00000000000a";
    private const string CallB = "0195f0a4-0000-7000-8000-00000000000b";
    private const string Earlier = "0195f0a4-0000-7000-8000-000000000009";
    private static readonly DateTime Start = Utc(2026, 10, 31, 23, 0);
    private static readonly DateTime End = Utc(2026, 11, 30, 23, 0);

    private static UsageCounter November()
    {
        var a = Call(CallA, Utc(2026, 11, 3, 19, 0),
            Entry("a-out", CallEntryType.CallOut, Utc(2026, 11, 3, 19, 30), Utc(2026, 11, 3, 21, 0)),
            Entry("a-decision", CallEntryType.EmergencyDecision, Utc(2026, 11, 3, 20, 0)));
        a.ReporterType = ReporterType.Police;
        a.ConcernCategories = ["VIOLENCE", "NEGLECT"];
        var b = Call(CallB, Utc(2026, 11, 20, 2, 0), Entry("b-advice", CallEntryType.AdviceGiven, Utc(2026, 11, 20, 2, 5)));
        b.ReporterType = ReporterType.Child;
        b.ConcernCategories = ["NEGLECT"];
        // Received in October (Oslo), its call-out happened in November.
        var earlier = Call(Earlier, Utc(2026, 10, 31, 22, 30),
            Entry("e-out", CallEntryType.CallOut, Utc(2026, 10, 31, 23, 10), Utc(2026, 10, 31, 23, 55)));
        earlier.ReporterType = ReporterType.School;
        return new UsageCounter([CountedCall.Of(b), CountedCall.Of(earlier), CountedCall.Of(a)], Start, End);
    }

    [Fact]
    public void Monthly_statistics_count_calls_received_and_actions_taken_in_the_month()
    {
        var stats = MonthlyStatisticsBuilder.Build("onCallUnits/" + UnitId, Covered, 2026, 11, November());

        Assert.Equal(2, stats.CallCount);
        Assert.Equal(2, stats.CallOutCount);
        Assert.Equal(90 + 45, stats.CallOutMinutes);
        Assert.Equal(1, stats.EmergencyDecisionCount);
        Assert.Equal(2026, stats.Year);
        Assert.Equal(11, stats.Month);
    }

    [Fact]
    public void Monthly_statistics_break_calls_down_in_stable_order()
    {
        var stats = MonthlyStatisticsBuilder.Build("onCallUnits/" + UnitId, Covered, 2026, 11, November());

        Assert.Equal([(ReporterType.Police, 1), (ReporterType.Child, 1)],
            stats.ByReporterType.Select(r => (r.ReporterType, r.Count)));
        Assert.Equal([("NEGLECT", 2), ("VIOLENCE", 1)], stats.ByConcernCategory.Select(c => (c.ConcernCategory, c.Count)));
        Assert.Equal([(CallOutcome.Advice, 1), (CallOutcome.EmergencyDecision, 1)], stats.ByOutcome.Select(o => (o.Outcome, o.Count)));
    }

    [Fact]
    public void Billable_usage_lists_every_counted_item_with_its_source()
    {
        var period = new Period
        {
            StartDate = new Google.Type.Date { Year = 2026, Month = 11, Day = 1 },
            EndDate = new Google.Type.Date { Year = 2026, Month = 11, Day = 30 },
        };

        var usage = BillableUsageBuilder.Build(UnitId, Covered, period, November());

        Assert.Equal("onCallUnits/" + UnitId, usage.OnCallUnit);
        Assert.Equal(period, usage.Period);
        Assert.Equal(2, usage.CallCount);
        Assert.Equal(2, usage.CallOutCount);
        Assert.Equal(135, usage.CallOutMinutes);
        Assert.Equal(1, usage.EmergencyDecisionCount);
        var unit = $"onCallUnits/{UnitId}/calls/";
        Assert.Equal(
            [
                (unit + CallA, BillableItemKind.Call, 0L),
                (unit + CallB, BillableItemKind.Call, 0L),
                (unit + Earlier + "/entries/e-out", BillableItemKind.CallOut, 45L),
                (unit + CallA + "/entries/a-out", BillableItemKind.CallOut, 90L),
                (unit + CallA + "/entries/a-decision", BillableItemKind.EmergencyDecision, 0L),
            ],
            usage.Items.Select(i => (i.Source, i.Kind, i.Minutes)));
        Assert.Equal(Timestamp.FromDateTime(Utc(2026, 10, 31, 23, 10)), usage.Items[2].OccurTime);
    }

    [Fact]
    public void Billable_usage_by_day_lists_each_call_id_under_its_Oslo_day_across_midnight_and_the_spring_clock_change()
    {
        // 29 March 2026 in Oslo is 23 hours: 28 March 23:00 UTC to 29 March 22:00 UTC.
        var calls = new[]
        {
            Call("c-28-late", Utc(2026, 3, 28, 22, 59)),
            Call("c-29-first", Utc(2026, 3, 28, 23, 0)),
            Call("c-29-last", Utc(2026, 3, 29, 21, 59), Entry("c-out", CallEntryType.CallOut, Utc(2026, 3, 29, 22, 0), Utc(2026, 3, 29, 22, 30))),
            Call("c-30-first", Utc(2026, 3, 29, 22, 0)),
        };
        var usage = new UsageCounter([.. calls.Select(CountedCall.Of)], Utc(2026, 2, 28, 23, 0), Utc(2026, 3, 31, 22, 0));
        var march = new Period
        {
            StartDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 1 },
            EndDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 31 },
        };

        var byDay = BillableUsageBuilder.Build(UnitId, Covered, march, usage, BillableUsageView.CallsByDay);

        Assert.Equal(
            [("2026-03-28", new[] { "c-28-late" }), ("2026-03-29", ["c-29-first", "c-29-last"]), ("2026-03-30", ["c-30-first"])],
            byDay.CallDays.Select(d => ($"{d.Date.Year:D4}-{d.Date.Month:D2}-{d.Date.Day:D2}", d.CallIds.ToArray())));
        Assert.Equal(4, byDay.CallCount);
        var callOut = Assert.Single(byDay.Items);
        Assert.Equal((BillableItemKind.CallOut, 30L), (callOut.Kind, callOut.Minutes));
        var full = BillableUsageBuilder.Build(UnitId, Covered, march, usage, BillableUsageView.Full);
        Assert.Empty(full.CallDays);
        Assert.Equal(byDay.CallDays.SelectMany(d => d.CallIds.Select(id => $"onCallUnits/{UnitId}/calls/{id}")),
            full.Items.Where(i => i.Kind == BillableItemKind.Call).Select(i => i.Source));
    }
}
