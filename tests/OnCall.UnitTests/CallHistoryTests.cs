using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using static Intermunicipal.OnCall.UnitTests.TestData;

namespace Intermunicipal.OnCall.UnitTests;

public sealed class CallHistoryTests
{
    private static readonly DateTime T0 = Utc(2026, 3, 13, 21, 0);

    [Fact]
    public void Entries_are_ordered_by_creation_time_then_id()
    {
        var history = new CallHistory([
            Entry("c", CallEntryType.AdviceGiven, T0, created: T0.AddMinutes(10)),
            Entry("b", CallEntryType.AdviceGiven, T0, created: T0.AddMinutes(5)),
            Entry("a", CallEntryType.AdviceGiven, T0, created: T0.AddMinutes(10)),
        ]);

        Assert.Equal(["b", "a", "c"], history.Ordered.Select(e => e.Id));
    }

    [Fact]
    public void Without_corrections_every_entry_is_effective()
    {
        var history = new CallHistory([
            Entry("a", CallEntryType.AdviceGiven, T0),
            Entry("b", CallEntryType.PoliceAssistance, T0.AddMinutes(1)),
        ]);

        Assert.Equal(["a", "b"], history.Effective.Select(e => e.Id));
    }

    [Fact]
    public void A_corrected_entry_is_replaced_by_its_correction()
    {
        var original = Entry("a", CallEntryType.AdviceGiven, T0);
        var correction = Entry("b", CallEntryType.ReferredToDayService, T0, corrects: "a", created: T0.AddMinutes(30));
        var history = new CallHistory([original, correction]);

        Assert.False(history.IsEffective(original));
        Assert.True(history.IsEffective(correction));
        Assert.True(history.IsSuperseded("a"));
        Assert.False(history.IsSuperseded("b"));
        Assert.Equal(["b"], history.Effective.Select(e => e.Id));
    }

    [Fact]
    public void A_chain_of_corrections_leaves_only_the_latest_version_effective()
    {
        var history = new CallHistory([
            Entry("a", CallEntryType.AdviceGiven, T0),
            Entry("b", CallEntryType.AdviceGiven, T0, corrects: "a", created: T0.AddMinutes(1)),
            Entry("c", CallEntryType.ClosedNoFurtherAction, T0, corrects: "b", created: T0.AddMinutes(2)),
        ]);

        Assert.Equal(["c"], history.Effective.Select(e => e.Id));
        Assert.Equal(3, history.Ordered.Count);
    }

    [Fact]
    public void A_retraction_removes_the_entry_and_is_not_itself_effective()
    {
        var retraction = Entry("b", CallEntryType.EmergencyDecision, T0.AddMinutes(40), corrects: "a", retraction: true);
        var history = new CallHistory([
            Entry("a", CallEntryType.EmergencyDecision, T0),
            retraction,
        ]);

        Assert.Empty(history.Effective);
        Assert.False(history.IsEffective(retraction));
        Assert.Empty(history.EmergencyDecisions);
        Assert.Equal(CallOutcome.Unspecified, history.Outcome);
    }

    [Fact]
    public void EffectiveOfType_picks_only_effective_entries_of_that_type()
    {
        var history = new CallHistory([
            Entry("a", CallEntryType.CallOut, T0, T0.AddHours(1)),
            Entry("b", CallEntryType.CallOut, T0.AddHours(2), T0.AddHours(3)),
            Entry("c", CallEntryType.CallOut, T0, T0.AddHours(2), corrects: "a", created: T0.AddHours(4)),
            Entry("d", CallEntryType.AdviceGiven, T0),
        ]);

        Assert.Equal(["b", "c"], history.EffectiveOfType(CallEntryType.CallOut).Select(e => e.Id));
    }

    [Fact]
    public void A_call_without_referral_or_closing_is_open()
    {
        var history = new CallHistory([
            Entry("a", CallEntryType.AdviceGiven, T0),
            Entry("b", CallEntryType.EmergencyPlacement, T0.AddMinutes(5)),
        ]);

        Assert.Equal(CallStatus.Open, history.Status);
    }

    [Fact]
    public void A_call_without_entries_is_open_with_no_outcome()
    {
        var history = new CallHistory([]);

        Assert.Equal(CallStatus.Open, history.Status);
        Assert.Equal(CallOutcome.Unspecified, history.Outcome);
    }

    [Fact]
    public void A_referral_makes_the_call_referred() =>
        Assert.Equal(CallStatus.Referred, new CallHistory([Entry("a", CallEntryType.ReferredToDayService, T0)]).Status);

    [Fact]
    public void Closing_makes_the_call_closed() =>
        Assert.Equal(CallStatus.Closed, new CallHistory([Entry("a", CallEntryType.ClosedNoFurtherAction, T0)]).Status);

    [Fact]
    public void The_status_follows_the_latest_occurrence_not_the_latest_recording()
    {
        // The referral happened last, but the closing was recorded after it.
        var history = new CallHistory([
            Entry("a", CallEntryType.ReferredToDayService, T0.AddHours(2), created: T0.AddHours(2)),
            Entry("b", CallEntryType.ClosedNoFurtherAction, T0.AddHours(1), created: T0.AddHours(3)),
        ]);

        Assert.Equal(CallStatus.Referred, history.Status);
    }

    [Fact]
    public void A_later_closing_overrides_an_earlier_referral()
    {
        var history = new CallHistory([
            Entry("a", CallEntryType.ReferredToDayService, T0.AddHours(1)),
            Entry("b", CallEntryType.ClosedNoFurtherAction, T0.AddHours(2)),
        ]);

        Assert.Equal(CallStatus.Closed, history.Status);
    }

    [Fact]
    public void A_retracted_closing_reopens_the_call()
    {
        var history = new CallHistory([
            Entry("a", CallEntryType.ClosedNoFurtherAction, T0),
            Entry("b", CallEntryType.ClosedNoFurtherAction, T0.AddMinutes(10), corrects: "a", retraction: true),
        ]);

        Assert.Equal(CallStatus.Open, history.Status);
    }

    [Fact]
    public void A_closing_corrected_into_a_referral_makes_the_call_referred()
    {
        var history = new CallHistory([
            Entry("a", CallEntryType.ClosedNoFurtherAction, T0),
            Entry("b", CallEntryType.ReferredToDayService, T0, corrects: "a", created: T0.AddMinutes(10)),
        ]);

        Assert.Equal(CallStatus.Referred, history.Status);
        Assert.Equal(CallOutcome.Referred, history.Outcome);
    }

    [Theory]
    [InlineData(CallOutcome.EmergencyPlacement, CallEntryType.AdviceGiven, CallEntryType.ClosedNoFurtherAction,
        CallEntryType.ReferredToDayService, CallEntryType.EmergencyDecision, CallEntryType.EmergencyPlacement)]
    [InlineData(CallOutcome.EmergencyDecision, CallEntryType.AdviceGiven, CallEntryType.ClosedNoFurtherAction,
        CallEntryType.ReferredToDayService, CallEntryType.EmergencyDecision)]
    [InlineData(CallOutcome.Referred, CallEntryType.AdviceGiven, CallEntryType.ClosedNoFurtherAction, CallEntryType.ReferredToDayService)]
    [InlineData(CallOutcome.ClosedNoAction, CallEntryType.AdviceGiven, CallEntryType.ClosedNoFurtherAction)]
    [InlineData(CallOutcome.Advice, CallEntryType.AdviceGiven, CallEntryType.PoliceAssistance, CallEntryType.CallOut)]
    [InlineData(CallOutcome.Unspecified, CallEntryType.PoliceAssistance, CallEntryType.CallOut)]
    public void The_outcome_is_the_strongest_effective_entry(CallOutcome expected, params CallEntryType[] types)
    {
        // Recorded strongest first, so that the order of recording cannot explain the result.
        var entries = Enumerable.Reverse(types)
            .Select((type, i) => Entry($"e{i}", type, T0.AddMinutes(i)))
            .ToList();

        Assert.Equal(expected, new CallHistory(entries).Outcome);
    }

    [Fact]
    public void A_retracted_placement_no_longer_decides_the_outcome()
    {
        var history = new CallHistory([
            Entry("a", CallEntryType.AdviceGiven, T0),
            Entry("b", CallEntryType.EmergencyPlacement, T0.AddMinutes(5)),
            Entry("c", CallEntryType.EmergencyPlacement, T0.AddMinutes(30), corrects: "b", retraction: true),
        ]);

        Assert.Equal(CallOutcome.Advice, history.Outcome);
    }

    [Fact]
    public void Emergency_decisions_include_placements_but_not_other_entries()
    {
        var history = new CallHistory([
            Entry("a", CallEntryType.EmergencyDecision, T0),
            Entry("b", CallEntryType.EmergencyPlacement, T0.AddMinutes(1)),
            Entry("c", CallEntryType.CallOut, T0.AddMinutes(2), T0.AddMinutes(30)),
        ]);

        Assert.Equal(["a", "b"], history.EmergencyDecisions.Select(e => e.Id));
    }

    [Fact]
    public void A_retracted_call_out_is_not_effective()
    {
        var callOut = Entry("a", CallEntryType.CallOut, T0, T0.AddHours(1));
        var history = new CallHistory([
            callOut,
            Entry("b", CallEntryType.CallOut, T0.AddHours(2), corrects: "a", retraction: true),
        ]);

        Assert.False(history.IsEffective(callOut));
        Assert.Empty(history.EffectiveOfType(CallEntryType.CallOut));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(59, 0)]
    [InlineData(60, 1)]
    [InlineData(119, 1)]
    [InlineData(90 * 60 + 59, 90)]
    [InlineData(48 * 3600, 48 * 60)]
    public void Minutes_counts_only_whole_minutes(int seconds, long minutes) =>
        Assert.Equal(minutes, CallHistory.Minutes(Entry("a", CallEntryType.CallOut, T0, T0.AddSeconds(seconds))));

    [Fact]
    public void Minutes_of_a_call_out_without_an_end_is_zero() =>
        Assert.Equal(0, CallHistory.Minutes(Entry("a", CallEntryType.CallOut, T0)));

    [Theory]
    [InlineData(null, true)]
    [InlineData(CallEntryType.AdviceGiven, false)]
    [InlineData(CallEntryType.ClosedNoFurtherAction, false)]
    [InlineData(CallEntryType.ReferredToDayService, true)]
    [InlineData(CallEntryType.EmergencyDecision, true)]
    [InlineData(CallEntryType.EmergencyPlacement, true)]
    [InlineData(CallEntryType.PoliceAssistance, true)]
    public void The_day_service_must_follow_up_unless_the_unit_only_advised_or_closed(CallEntryType? only, bool required)
    {
        CallEntryRecord[] entries = only is { } type ? [Entry("e1", type, T0)] : [];

        Assert.Equal(required, new CallHistory(entries).FollowUpRequired);
    }
}
