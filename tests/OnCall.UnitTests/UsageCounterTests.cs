using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using static Intermunicipal.OnCall.UnitTests.TestData;

namespace Intermunicipal.OnCall.UnitTests;

/// <summary>The window is November 2026 in Oslo: [2026-10-31T23:00Z, 2026-11-30T23:00Z).</summary>
public sealed class UsageCounterTests
{
    private static readonly DateTime Start = Utc(2026, 10, 31, 23, 0);
    private static readonly DateTime End = Utc(2026, 11, 30, 23, 0);

    [Fact]
    public void Calls_are_counted_by_receive_time_within_the_window_end_exclusive()
    {
        var calls = new[]
        {
            Counted("before", Start.AddTicks(-1)),
            Counted("at-start", Start),
            Counted("inside", Utc(2026, 11, 15, 20, 0)),
            Counted("last", End.AddTicks(-1)),
            Counted("at-end", End),
        };

        var counter = new UsageCounter(calls, Start, End);

        Assert.Equal(["at-start", "inside", "last"], counter.CallsReceived.Select(c => c.Id));
    }

    [Fact]
    public void Calls_received_are_ordered_by_receive_time()
    {
        var calls = new[] { Counted("b", Utc(2026, 11, 20)), Counted("a", Utc(2026, 11, 2)), Counted("c", Utc(2026, 11, 29)) };

        Assert.Equal(["a", "b", "c"], new UsageCounter(calls, Start, End).CallsReceived.Select(c => c.Id));
    }

    [Fact]
    public void A_call_out_inside_the_window_on_a_call_received_before_it_is_counted()
    {
        var received = Utc(2026, 10, 31, 22, 30); // 23:30 on 31 October in Oslo
        var callOut = Entry("out", CallEntryType.CallOut, Utc(2026, 10, 31, 23, 10), Utc(2026, 11, 1, 0, 40));
        var counter = new UsageCounter([Counted("call", received, callOut)], Start, End);

        Assert.Empty(counter.CallsReceived);
        var (call, entry) = Assert.Single(counter.CallOuts);
        Assert.Equal("call", call.Id);
        Assert.Same(callOut, entry);
        Assert.Equal(90, counter.CallOutMinutes);
    }

    [Fact]
    public void A_call_out_that_started_before_the_window_is_not_counted()
    {
        var callOut = Entry("out", CallEntryType.CallOut, Utc(2026, 10, 31, 22, 0), Utc(2026, 11, 1, 1, 0));
        var counter = new UsageCounter([Counted("call", Utc(2026, 10, 31, 21, 0), callOut)], Start, End);

        Assert.Empty(counter.CallOuts);
        Assert.Equal(0, counter.CallOutMinutes);
    }

    [Fact]
    public void A_call_out_on_a_call_inside_the_window_that_starts_after_it_is_not_counted()
    {
        var callOut = Entry("out", CallEntryType.CallOut, End.AddMinutes(5), End.AddMinutes(65));
        var counter = new UsageCounter([Counted("call", End.AddMinutes(-30), callOut)], Start, End);

        Assert.Single(counter.CallsReceived);
        Assert.Empty(counter.CallOuts);
    }

    [Fact]
    public void A_superseded_call_out_is_not_counted_but_its_correction_is()
    {
        var t = Utc(2026, 11, 10, 20, 0);
        var counter = new UsageCounter([
            Counted("call", t,
                Entry("first", CallEntryType.CallOut, t.AddMinutes(10), t.AddMinutes(130)),
                Entry("fixed", CallEntryType.CallOut, t.AddMinutes(10), t.AddMinutes(70), corrects: "first", created: t.AddHours(3))),
        ], Start, End);

        Assert.Equal(["fixed"], counter.CallOuts.Select(x => x.Entry.Id));
        Assert.Equal(60, counter.CallOutMinutes);
    }

    [Fact]
    public void A_retracted_call_out_is_not_counted()
    {
        var t = Utc(2026, 11, 10, 20, 0);
        var counter = new UsageCounter([
            Counted("call", t,
                Entry("out", CallEntryType.CallOut, t.AddMinutes(10), t.AddMinutes(130)),
                Entry("undo", CallEntryType.CallOut, t.AddHours(3), corrects: "out", retraction: true)),
        ], Start, End);

        Assert.Empty(counter.CallOuts);
        Assert.Equal(0, counter.CallOutMinutes);
    }

    [Fact]
    public void Call_out_minutes_are_summed_over_calls_in_whole_minutes()
    {
        var a = Utc(2026, 11, 3, 19, 0);
        var b = Utc(2026, 11, 21, 2, 0);
        var counter = new UsageCounter([
            Counted("a", a,
                Entry("a1", CallEntryType.CallOut, a.AddMinutes(5), a.AddMinutes(50).AddSeconds(59)), // 45
                Entry("a2", CallEntryType.CallOut, a.AddHours(2), a.AddHours(3))), // 60
            Counted("b", b,
                Entry("b1", CallEntryType.CallOut, b.AddMinutes(1), b.AddMinutes(31)), // 30
                Entry("b2", CallEntryType.AdviceGiven, b)),
        ], Start, End);

        Assert.Equal(["a1", "a2", "b1"], counter.CallOuts.Select(x => x.Entry.Id));
        Assert.Equal(135, counter.CallOutMinutes);
    }

    [Fact]
    public void Effective_emergency_decisions_and_placements_inside_the_window_are_counted()
    {
        var t = Utc(2026, 11, 12, 22, 0);
        var counter = new UsageCounter([
            Counted("call", t,
                Entry("decision", CallEntryType.EmergencyDecision, t.AddMinutes(30)),
                Entry("placement", CallEntryType.EmergencyPlacement, t.AddMinutes(60)),
                Entry("retracted", CallEntryType.EmergencyDecision, t.AddMinutes(20)),
                Entry("undo", CallEntryType.EmergencyDecision, t.AddMinutes(90), corrects: "retracted", retraction: true)),
            Counted("late", End.AddHours(-1), Entry("after", CallEntryType.EmergencyDecision, End.AddMinutes(1))),
        ], Start, End);

        Assert.Equal(["decision", "placement"], counter.EmergencyDecisions.Select(x => x.Entry.Id));
    }

    private static CountedCall Counted(string id, DateTime received, params CallEntryRecord[] entries) =>
        CountedCall.Of(Call(id, received, entries));
}
