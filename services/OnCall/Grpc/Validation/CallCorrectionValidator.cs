using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Validation;

/// <summary>
/// Checks a CorrectCall request: the mask names only correctable top-level fields, and the
/// corrected fields pass every LogCall rule. Fields the mask does not name are not judged again.
/// </summary>
public static class CallCorrectionValidator
{
    public static readonly IReadOnlySet<string> CorrectableFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "receive_time", "channel", "reporter_type", "municipality_number", "concern_categories", "urgency", "summary", "child",
    };

    /// <summary>Fields whose values are personal data: their history is shown only with the call's personal data.</summary>
    public static readonly IReadOnlySet<string> PersonalFields = new HashSet<string>(StringComparer.Ordinal) { "summary", "child" };

    private static readonly FieldMask.MergeOptions Replace = new() { ReplaceMessageFields = true, ReplaceRepeatedFields = true };

    /// <summary>What can be checked before anything is read: request id, mask, reason. INVALID_ARGUMENT otherwise.</summary>
    public static void CheckShape(CorrectCallRequest request)
    {
        var violations = new FieldViolations();
        violations.Require(request.Call is not null, "call", "is required");
        violations.Require(ProtoValues.IsUuid(request.RequestId), "request_id", "must be a UUID");
        var paths = request.UpdateMask?.Paths ?? [];
        violations
            .Require(paths.Count > 0, "update_mask", "must name at least one field")
            .Require(paths.All(CorrectableFields.Contains), "update_mask", "may name only " + string.Join(", ", CorrectableFields))
            .Require(paths.Distinct().Count() == paths.Count, "update_mask", "must not repeat a field");
        ProtoValues.Text(request.Reason, "reason", LogCallValidator.MaxSummaryLength, required: false, violations);
        violations.ThrowIfAny();
    }

    /// <summary>The call's details as they will be, and the change to record; or INVALID_ARGUMENT.</summary>
    public static (CallRecord Corrected, CallDetailsChange Change) Validate(CorrectCallRequest request, CallRecord current,
        OnCallUnitRecord unit, IReadOnlySet<string> activeConcernCategories, DateTime now)
    {
        CheckShape(request);
        var mask = request.UpdateMask;
        var before = CallMapper.ToProto(current, withPersonalData: true);
        var after = before.Clone();
        mask.Merge(request.Call, after, Replace);
        var corrected = LogCallValidator.Validate(new LogCallRequest { Call = after, RequestId = request.RequestId },
            unit, activeConcernCategories, now, field => mask.Paths.Any(p => Names(field, p)));
        RequireReceiveBeforeEntries(corrected, current, mask);

        // Both sides are taken from what is (or will be) stored, so the history matches the columns.
        var change = new CallDetailsChange { UpdateMask = mask, Previous = new Call(), Corrected = new Call() };
        mask.Merge(before, change.Previous, Replace);
        mask.Merge(CallMapper.ToProto(corrected, withPersonalData: true), change.Corrected, Replace);

        // Refusing a no-op on personal fields would let staff confirm a guessed value unaudited.
        return !mask.Paths.Any(PersonalFields.Contains) && change.Previous.Equals(change.Corrected)
            ? throw Problems.InvalidArgument("update_mask", "the named fields already have these values")
            : (corrected, change);
    }

    /// <summary>True when a violation on <paramref name="field"/> is about the masked <paramref name="path"/>.</summary>
    private static bool Names(string field, string path)
    {
        var prefix = "call." + path;
        return field == prefix || field.StartsWith(prefix + ".", StringComparison.Ordinal) || field.StartsWith(prefix + "[", StringComparison.Ordinal);
    }

    private static void RequireReceiveBeforeEntries(CallRecord corrected, CallRecord current, FieldMask mask)
    {
        var firstAction = current.Entries.Where(e => e.Type != CallEntryType.DetailsCorrected).Select(e => (DateTime?)e.OccurTime).Min();
        if (mask.Paths.Contains("receive_time") && corrected.ReceiveTime > firstAction)
        {
            throw Problems.InvalidArgument("call.receive_time", "must not be after the call's first recorded action");
        }
    }
}
