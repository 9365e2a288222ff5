using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc;
using Intermunicipal.OnCall.Grpc.Validation;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using static Intermunicipal.OnCall.UnitTests.TestData;

namespace Intermunicipal.OnCall.UnitTests;

public sealed class CallEntryValidatorTests
{
    private const string CallId = "0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f";
    private const string OtherCallId = "0195f0a4-1c2b-7d3e-8f40-000000000001";
    private const string AdviceId = "0195f0a5-0000-7000-8000-00000000000a";
    private const string CorrectedId = "0195f0a5-0000-7000-8000-00000000000b";
    private const string CorrectionId = "0195f0a5-0000-7000-8000-00000000000c";
    private const string DecisionId = "0195f0a5-0000-7000-8000-00000000000d";
    private const string RetractedId = "0195f0a5-0000-7000-8000-00000000000e";
    private const string RetractionId = "0195f0a5-0000-7000-8000-00000000000f";
    private const string RequestId = "3f2c8a9e-5b1d-4e6f-a7b8-c9d0e1f2a3b4";

    private static readonly DateTime Now = Utc(2026, 11, 20, 12, 0);
    private static readonly DateTime Received = Utc(2026, 11, 19, 21, 30);
    private static readonly HashSet<string> ActiveLegalBases = ["BVL_4_2", "BVL_4_3"];
    private static readonly string CallName = ResourceNames.Call(UnitId, CallId);

    /// <summary>A call with advice; an advice corrected once; an emergency decision; and a retracted call-out.</summary>
    private static readonly CallRecord TheCall = Call(CallId, Received,
        Entry(AdviceId, CallEntryType.AdviceGiven, Received.AddMinutes(5), callId: CallId),
        Entry(CorrectedId, CallEntryType.AdviceGiven, Received.AddMinutes(6), callId: CallId),
        Entry(CorrectionId, CallEntryType.ReferredToDayService, Received.AddMinutes(6), corrects: CorrectedId,
            created: Received.AddMinutes(50), callId: CallId),
        Entry(DecisionId, CallEntryType.EmergencyDecision, Received.AddMinutes(20), callId: CallId),
        Entry(RetractedId, CallEntryType.CallOut, Received.AddMinutes(30), Received.AddMinutes(90), callId: CallId),
        Entry(RetractionId, CallEntryType.CallOut, Received.AddMinutes(100), corrects: RetractedId, retraction: true,
            callId: CallId));

    private static AddCallEntryRequest Request(CallEntry entry) => new() { Parent = CallName, RequestId = RequestId, Entry = entry };

    private static CallEntry CallOut(DateTime start, DateTime? end) => new()
    {
        Type = CallEntryType.CallOut,
        OccurTime = Ts(start),
        EndTime = end is { } e ? Ts(e) : null,
        Note = "Home visit with the police.",
    };

    private static CallEntryRecord Validate(AddCallEntryRequest request) =>
        CallEntryValidator.Validate(request, TheCall, new CallHistory(TheCall.Entries), ActiveLegalBases, Now);

    private static CallEntryRecord Validate(CallEntry entry) => Validate(Request(entry));

    private static void AssertOnly(string field, CallEntry entry) => RpcAssert.OnlyField(field, () => Validate(entry));

    [Fact]
    public void A_call_out_with_an_end_becomes_an_entry_with_the_given_values()
    {
        var start = Received.AddMinutes(40);
        var record = Validate(CallOut(start, start.AddMinutes(95)));

        Assert.True(Guid.TryParseExact(record.Id, "D", out var id));
        Assert.Equal(7, id.Version);
        Assert.Equal(CallId, record.CallId);
        Assert.Equal(RequestId, record.RequestId);
        Assert.Equal(CallEntryType.CallOut, record.Type);
        Assert.Equal(start, record.OccurTime);
        Assert.Equal(start.AddMinutes(95), record.EndTime);
        Assert.Null(record.LegalBasis);
        Assert.Equal("Home visit with the police.", record.Note);
        Assert.Null(record.CorrectsEntryId);
        Assert.False(record.Retraction);
        Assert.Equal(Now, record.CreateTime);
    }

    [Fact]
    public void A_call_out_without_an_end_is_rejected() =>
        AssertOnly("entry.end_time", CallOut(Received.AddMinutes(40), null));

    [Fact]
    public void A_call_out_ending_before_it_starts_is_rejected() =>
        AssertOnly("entry.end_time", CallOut(Received.AddMinutes(40), Received.AddMinutes(39)));

    [Fact]
    public void A_call_out_ending_when_it_starts_is_accepted() =>
        Assert.Equal(0, CallHistory.Minutes(Validate(CallOut(Received.AddMinutes(40), Received.AddMinutes(40)))));

    [Fact]
    public void A_call_out_of_exactly_48_hours_is_accepted()
    {
        var start = Utc(2026, 11, 18, 0, 0);
        var call = Call(CallId, Utc(2026, 11, 17, 23, 0));

        var record = CallEntryValidator.Validate(Request(CallOut(start, start.AddHours(48))), call, new CallHistory([]),
            ActiveLegalBases, Now);

        Assert.Equal(start.AddHours(48), record.EndTime);
    }

    [Fact]
    public void A_call_out_longer_than_48_hours_is_rejected()
    {
        var start = Utc(2026, 11, 18, 0, 0);
        var call = Call(CallId, Utc(2026, 11, 17, 23, 0));
        var request = Request(CallOut(start, start.AddHours(48).AddMinutes(1)));

        RpcAssert.OnlyField("entry.end_time",
            () => CallEntryValidator.Validate(request, call, new CallHistory([]), ActiveLegalBases, Now));
    }

    [Fact]
    public void A_call_out_ending_in_the_future_is_rejected() =>
        AssertOnly("entry.end_time", CallOut(Now.AddHours(-1), Now.AddHours(1)));

    [Fact]
    public void An_end_time_on_anything_but_a_call_out_is_rejected() =>
        AssertOnly("entry.end_time", new CallEntry
        {
            Type = CallEntryType.AdviceGiven,
            OccurTime = Ts(Received.AddMinutes(5)),
            EndTime = Ts(Received.AddMinutes(10)),
        });

    [Theory]
    [InlineData(CallEntryType.EmergencyDecision)]
    [InlineData(CallEntryType.EmergencyPlacement)]
    public void An_emergency_decision_or_placement_requires_a_legal_basis(CallEntryType type) =>
        AssertOnly("entry.legal_basis", new CallEntry { Type = type, OccurTime = Ts(Received.AddMinutes(30)) });

    [Fact]
    public void An_emergency_decision_with_an_active_legal_basis_keeps_it()
    {
        var record = Validate(new CallEntry
        {
            Type = CallEntryType.EmergencyDecision,
            OccurTime = Ts(Received.AddMinutes(30)),
            LegalBasis = "BVL_4_2",
        });

        Assert.Equal("BVL_4_2", record.LegalBasis);
        Assert.Null(record.Note);
    }

    [Fact]
    public void An_unknown_legal_basis_is_rejected() =>
        AssertOnly("entry.legal_basis", new CallEntry
        {
            Type = CallEntryType.EmergencyPlacement,
            OccurTime = Ts(Received.AddMinutes(30)),
            LegalBasis = "BVL_4_99",
        });

    [Fact]
    public void A_legal_basis_on_advice_is_rejected() =>
        AssertOnly("entry.legal_basis", new CallEntry
        {
            Type = CallEntryType.AdviceGiven,
            OccurTime = Ts(Received.AddMinutes(30)),
            LegalBasis = "BVL_4_2",
        });

    [Fact]
    public void An_unspecified_type_is_rejected() =>
        AssertOnly("entry.type", new CallEntry { OccurTime = Ts(Received.AddMinutes(30)) });

    [Fact]
    public void An_undefined_type_value_is_rejected() =>
        AssertOnly("entry.type", new CallEntry { Type = (CallEntryType)42, OccurTime = Ts(Received.AddMinutes(30)) });

    [Fact]
    public void A_missing_occur_time_is_rejected() =>
        AssertOnly("entry.occur_time", new CallEntry { Type = CallEntryType.AdviceGiven });

    [Fact]
    public void An_occur_time_before_the_call_was_received_is_rejected() =>
        AssertOnly("entry.occur_time", new CallEntry { Type = CallEntryType.AdviceGiven, OccurTime = Ts(Received.AddSeconds(-1)) });

    [Fact]
    public void An_occur_time_when_the_call_was_received_is_accepted() =>
        Assert.Equal(Received, Validate(new CallEntry { Type = CallEntryType.AdviceGiven, OccurTime = Ts(Received) }).OccurTime);

    [Fact]
    public void An_occur_time_in_the_future_is_rejected() =>
        AssertOnly("entry.occur_time", new CallEntry { Type = CallEntryType.AdviceGiven, OccurTime = Ts(Now.AddHours(1)) });

    [Fact]
    public void A_note_over_4000_characters_is_rejected() =>
        AssertOnly("entry.note", new CallEntry
        {
            Type = CallEntryType.AdviceGiven,
            OccurTime = Ts(Received.AddMinutes(5)),
            Note = new string('x', 4001),
        });

    [Fact]
    public void A_missing_entry_is_rejected() =>
        RpcAssert.OnlyField("entry", () => Validate(new AddCallEntryRequest { Parent = CallName, RequestId = RequestId }));

    [Fact]
    public void A_bad_request_id_is_rejected()
    {
        var request = Request(new CallEntry { Type = CallEntryType.AdviceGiven, OccurTime = Ts(Received.AddMinutes(5)) });
        request.RequestId = "42";

        RpcAssert.OnlyField("request_id", () => Validate(request));
    }

    [Fact]
    public void A_retraction_without_corrects_entry_is_rejected() =>
        AssertOnly("entry.corrects_entry", new CallEntry { Type = CallEntryType.AdviceGiven, Retraction = true });

    [Fact]
    public void A_correction_names_the_corrected_entry()
    {
        var record = Validate(new CallEntry
        {
            Type = CallEntryType.ClosedNoFurtherAction,
            OccurTime = Ts(Received.AddMinutes(5)),
            CorrectsEntry = ResourceNames.Entry(UnitId, CallId, AdviceId),
        });

        Assert.Equal(AdviceId, record.CorrectsEntryId);
        Assert.Equal(CallEntryType.ClosedNoFurtherAction, record.Type);
        Assert.False(record.Retraction);
    }

    [Fact]
    public void A_correction_of_an_entry_of_another_call_is_rejected() =>
        AssertOnly("entry.corrects_entry", new CallEntry
        {
            Type = CallEntryType.AdviceGiven,
            OccurTime = Ts(Received.AddMinutes(5)),
            CorrectsEntry = ResourceNames.Entry(UnitId, OtherCallId, AdviceId),
        });

    [Fact]
    public void A_correction_of_an_entry_this_call_does_not_have_is_rejected() =>
        AssertOnly("entry.corrects_entry", new CallEntry
        {
            Type = CallEntryType.AdviceGiven,
            OccurTime = Ts(Received.AddMinutes(5)),
            CorrectsEntry = ResourceNames.Entry(UnitId, CallId, "0195f0a5-0000-7000-8000-0000000000ff"),
        });

    [Fact]
    public void A_correction_with_a_malformed_entry_name_is_rejected() =>
        AssertOnly("entry.corrects_entry", new CallEntry
        {
            Type = CallEntryType.AdviceGiven,
            OccurTime = Ts(Received.AddMinutes(5)),
            CorrectsEntry = AdviceId,
        });

    [Theory]
    [InlineData("\n")]
    [InlineData(" ")]
    public void A_correction_naming_an_entry_with_trailing_whitespace_is_rejected(string suffix) =>
        AssertOnly("entry.corrects_entry", new CallEntry
        {
            Type = CallEntryType.AdviceGiven,
            OccurTime = Ts(Received.AddMinutes(5)),
            CorrectsEntry = ResourceNames.Entry(UnitId, CallId, AdviceId) + suffix,
        });

    [Fact]
    public void Correcting_an_entry_that_was_already_corrected_fails_its_precondition()
    {
        var name = ResourceNames.Entry(UnitId, CallId, CorrectedId);

        var violation = RpcAssert.FailedPrecondition(() => Validate(new CallEntry
        {
            Type = CallEntryType.AdviceGiven,
            OccurTime = Ts(Received.AddMinutes(6)),
            CorrectsEntry = name,
        }));

        Assert.Equal("ENTRY_SUPERSEDED", violation.Type);
        Assert.Equal(name, violation.Subject);
    }

    [Fact]
    public void Correcting_a_retraction_fails_its_precondition() =>
        Assert.Equal("ENTRY_SUPERSEDED", RpcAssert.FailedPrecondition(() => Validate(new CallEntry
        {
            Retraction = true,
            CorrectsEntry = ResourceNames.Entry(UnitId, CallId, RetractionId),
        })).Type);

    [Fact]
    public void A_retraction_with_unspecified_type_takes_the_corrected_entrys_type_and_happens_now()
    {
        var record = Validate(new CallEntry
        {
            Retraction = true,
            CorrectsEntry = ResourceNames.Entry(UnitId, CallId, DecisionId),
        });

        Assert.Equal(CallEntryType.EmergencyDecision, record.Type);
        Assert.True(record.Retraction);
        Assert.Equal(DecisionId, record.CorrectsEntryId);
        Assert.Equal(Now, record.OccurTime);
        Assert.Null(record.EndTime);
        Assert.Null(record.LegalBasis);
    }

    [Fact]
    public void A_retraction_keeps_an_explicit_occur_time()
    {
        var record = Validate(new CallEntry
        {
            Retraction = true,
            OccurTime = Ts(Received.AddHours(1)),
            CorrectsEntry = ResourceNames.Entry(UnitId, CallId, AdviceId),
        });

        Assert.Equal(Received.AddHours(1), record.OccurTime);
        Assert.Equal(CallEntryType.AdviceGiven, record.Type);
    }

    [Fact]
    public void A_retraction_with_an_end_time_is_rejected() =>
        AssertOnly("entry.end_time", new CallEntry
        {
            Retraction = true,
            EndTime = Ts(Received.AddHours(1)),
            CorrectsEntry = ResourceNames.Entry(UnitId, CallId, AdviceId),
        });

    [Fact]
    public void A_retraction_with_a_legal_basis_is_rejected() =>
        AssertOnly("entry.legal_basis", new CallEntry
        {
            Retraction = true,
            LegalBasis = "BVL_4_2",
            CorrectsEntry = ResourceNames.Entry(UnitId, CallId, DecisionId),
        });

    [Fact]
    public void Several_bad_fields_are_reported_together()
    {
        var request = Request(new CallEntry
        {
            Type = CallEntryType.AdviceGiven,
            OccurTime = Ts(Received.AddMinutes(-1)),
            EndTime = Ts(Received.AddMinutes(10)),
            LegalBasis = "BVL_4_2",
        });
        request.RequestId = "";

        Assert.Equal(["request_id", "entry.occur_time", "entry.end_time", "entry.legal_basis"],
            RpcAssert.InvalidFields(() => Validate(request)));
    }
}
