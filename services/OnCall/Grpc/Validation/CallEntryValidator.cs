using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Validation;

/// <summary>Checks an AddCallEntry request against the call it is appended to.</summary>
public static class CallEntryValidator
{
    private static readonly TimeSpan LongestCallOut = TimeSpan.FromHours(48);

    /// <summary>The entry to append, or INVALID_ARGUMENT / FAILED_PRECONDITION.</summary>
    public static CallEntryRecord Validate(AddCallEntryRequest request, CallRecord call, CallHistory history,
        IReadOnlySet<string> activeLegalBases, DateTime now)
    {
        var violations = new FieldViolations();
        violations.Require(ProtoValues.IsUuid(request.RequestId), "request_id", "must be a UUID");
        if (request.Entry is null)
        {
            throw Problems.InvalidArgument(violations.Add("entry", "is required").Items);
        }

        var entry = request.Entry;
        var corrected = CheckCorrection(request, call, history, violations);
        var type = entry.Retraction && entry.Type == CallEntryType.Unspecified && corrected is not null ? corrected.Type : entry.Type;
        violations.Require(ProtoValues.IsKnown(type), "entry.type", "must be a known entry type");
        violations.Require(type != CallEntryType.DetailsCorrected, "entry.type", "details are corrected with CorrectCall");
        // A retraction happens when it is recorded unless told otherwise.
        var occurred = entry.Retraction && entry.OccurTime is null
            ? now
            : ProtoValues.PastInstant(entry.OccurTime, "entry.occur_time", now, violations);
        if (occurred < call.ReceiveTime)
        {
            violations.Add("entry.occur_time", "must not be before the call was received");
        }

        var ended = entry.Retraction ? null : CheckEnd(entry, type, occurred, now, violations);
        if (entry.Retraction)
        {
            violations
                .Require(entry.EndTime is null, "entry.end_time", "must be empty on a retraction")
                .Require(entry.LegalBasis.Length == 0, "entry.legal_basis", "must be empty on a retraction");
        }
        else
        {
            CheckLegalBasis(entry.LegalBasis, type, activeLegalBases, violations);
        }

        ProtoValues.Text(entry.Note, "entry.note", LogCallValidator.MaxSummaryLength, required: false, violations);
        violations.ThrowIfAny();

        return new CallEntryRecord
        {
            Id = Guid.CreateVersion7(now).ToString(),
            CallId = call.Id,
            RequestId = request.RequestId,
            Type = type,
            OccurTime = occurred!.Value,
            EndTime = ended,
            LegalBasis = string.IsNullOrEmpty(entry.LegalBasis) ? null : entry.LegalBasis,
            Note = string.IsNullOrEmpty(entry.Note) ? null : entry.Note,
            CorrectsEntryId = corrected?.Id,
            Retraction = entry.Retraction,
            CreateTime = now,
            Author = "",
        };
    }

    private static CallEntryRecord? CheckCorrection(AddCallEntryRequest request, CallRecord call, CallHistory history,
        FieldViolations violations)
    {
        var entry = request.Entry;
        if (string.IsNullOrEmpty(entry.CorrectsEntry))
        {
            violations.Require(!entry.Retraction, "entry.corrects_entry", "is required for a retraction");
            return null;
        }

        var id = ResourceNames.ParseEntryOf(request.Parent, entry.CorrectsEntry, "entry.corrects_entry");
        var corrected = history.Ordered.FirstOrDefault(e => e.Id == id)
            ?? throw Problems.InvalidArgument("entry.corrects_entry", "must be the name of an entry of this call");
        if (corrected.Type == CallEntryType.DetailsCorrected)
        {
            throw Problems.InvalidArgument("entry.corrects_entry", "a details correction is corrected by another CorrectCall");
        }

        if (!history.IsEffective(corrected))
        {
            throw Problems.FailedPrecondition("ENTRY_SUPERSEDED", entry.CorrectsEntry,
                "That entry was already corrected or is a retraction; correct the latest version instead.");
        }

        return corrected;
    }

    private static DateTime? CheckEnd(CallEntry entry, CallEntryType type, DateTime? occurred, DateTime now, FieldViolations violations)
    {
        if (type != CallEntryType.CallOut)
        {
            violations.Require(entry.EndTime is null, "entry.end_time", "is only for call-outs");
            return null;
        }

        var ended = ProtoValues.PastInstant(entry.EndTime, "entry.end_time", now, violations);
        if (ended < occurred)
        {
            violations.Add("entry.end_time", "must not be before occur_time");
        }
        else if (ended - occurred > LongestCallOut)
        {
            violations.Add("entry.end_time", "must be within 48 hours of occur_time");
        }

        return ended;
    }

    private static void CheckLegalBasis(string legalBasis, CallEntryType type, IReadOnlySet<string> active, FieldViolations violations)
    {
        if (type is CallEntryType.EmergencyDecision or CallEntryType.EmergencyPlacement)
        {
            violations.Require(active.Contains(legalBasis), "entry.legal_basis", "must be an active legal basis code");
        }
        else
        {
            violations.Require(legalBasis.Length == 0, "entry.legal_basis", "is only for emergency decisions and placements");
        }
    }
}
