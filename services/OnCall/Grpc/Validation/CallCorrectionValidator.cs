using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Validation;

/// <summary>
/// Checks a CorrectCall request: the mask names only correctable fields, and the call as it
/// would be after the correction passes every LogCall rule.
/// </summary>
public static class CallCorrectionValidator
{
    public static readonly IReadOnlySet<string> CorrectableFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "receive_time", "channel", "reporter_type", "municipality_number", "concern_categories", "urgency", "summary", "child",
    };

    private static readonly FieldMask.MergeOptions Replace = new() { ReplaceMessageFields = true, ReplaceRepeatedFields = true };

    /// <summary>The call's details as they will be, and the change to record; or INVALID_ARGUMENT.</summary>
    public static (CallRecord Corrected, CallDetailsChange Change) Validate(CorrectCallRequest request, CallRecord current,
        OnCallUnitRecord unit, IReadOnlySet<string> activeConcernCategories, DateTime now)
    {
        var violations = new FieldViolations();
        violations.Require(ProtoValues.IsUuid(request.RequestId), "request_id", "must be a UUID");
        var paths = request.UpdateMask?.Paths ?? [];
        violations
            .Require(paths.Count > 0, "update_mask", "must name at least one field")
            .Require(paths.All(CorrectableFields.Contains), "update_mask", "may name only " + string.Join(", ", CorrectableFields))
            .Require(paths.Distinct().Count() == paths.Count, "update_mask", "must not repeat a field");
        ProtoValues.Text(request.Reason, "reason", LogCallValidator.MaxSummaryLength, required: false, violations);
        violations.ThrowIfAny();

        var before = CallMapper.ToProto(current, withPersonalData: true);
        var after = before.Clone();
        request.UpdateMask!.Merge(request.Call ?? new Call(), after, Replace);
        var corrected = LogCallValidator.Validate(
            new LogCallRequest { Parent = request.Call?.Name ?? "", Call = after, RequestId = request.RequestId }, unit, activeConcernCategories, now);

        var change = new CallDetailsChange { UpdateMask = request.UpdateMask, Previous = new Call(), Corrected = new Call() };
        request.UpdateMask.Merge(before, change.Previous, Replace);
        request.UpdateMask.Merge(after, change.Corrected, Replace);
        return change.Previous.Equals(change.Corrected)
            ? throw Problems.InvalidArgument("update_mask", "the named fields already have these values")
            : (corrected, change);
    }
}
