using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.Capacity.Grpc.Validation;

/// <summary>
/// Checks the dates and outcome of StartTreatment, CompleteTreatment and DiscontinueTreatment.
/// A treatment is recorded when it happens or after: no date may be after today (Europe/Oslo).
/// </summary>
public static class TreatmentValidator
{
    public static (DateOnly Start, DateOnly? PlannedEnd) Validate(StartTreatmentRequest request, DateOnly today)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var start = NotFuture(ProtoValues.Date(request.StartDate, "start_date", violations), "start_date", today, violations);
        var plannedEnd = request.PlannedEndDate is null ? null
            : ProtoValues.Date(request.PlannedEndDate, "planned_end_date", violations);
        violations.Require(!(plannedEnd < start), "planned_end_date", "must not be before start_date").ThrowIfAny();
        return (start!.Value, plannedEnd);
    }

    /// <summary>The end date and outcome of a CompleteTreatment or DiscontinueTreatment request.</summary>
    public static (DateOnly End, TreatmentOutcome Outcome) ValidateEnd(Google.Type.Date? endDate, TreatmentOutcome outcome, string requestId, DateOnly today)
    {
        var violations = new FieldViolations();
        RequestIds.Check(requestId, violations);
        var end = NotFuture(ProtoValues.Date(endDate, "end_date", violations), "end_date", today, violations);
        violations.Require(ProtoValues.IsKnown(outcome), "outcome", "must be a known outcome").ThrowIfAny();
        return (end!.Value, outcome);
    }

    private static DateOnly? NotFuture(DateOnly? date, string field, DateOnly today, FieldViolations violations)
    {
        if (date > today)
        {
            violations.Add(field, $"must not be after today ({IsoDate.ToText(today)}, Europe/Oslo)");
            return null;
        }

        return date;
    }
}
