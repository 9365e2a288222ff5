using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Validation;

/// <summary>Checks a LogCall request field by field and turns it into a call record.</summary>
public static class LogCallValidator
{
    public const int MaxSummaryLength = 4000;
    private const int MaxCategories = 20;
    private const int MaxStaff = 10;

    /// <summary>The call to store, or INVALID_ARGUMENT naming every bad field.</summary>
    /// <param name="judged">Which fields' violations count; all when null (CorrectCall judges only what it changes).</param>
    public static CallRecord Validate(LogCallRequest request, OnCallUnitRecord unit,
        IReadOnlySet<string> activeConcernCategories, DateTime now, Func<string, bool>? judged = null)
    {
        var violations = new FieldViolations();
        violations.Require(ProtoValues.IsUuid(request.RequestId), "request_id", "must be a UUID");
        if (request.Call is null)
        {
            throw Problems.InvalidArgument(violations.Add("call", "is required").Items);
        }

        var call = request.Call;

        var received = ProtoValues.PastInstant(call.ReceiveTime, "call.receive_time", now, violations);
        violations
            .Require(ProtoValues.IsKnown(call.Channel), "call.channel", "must be a known channel")
            .Require(ProtoValues.IsKnown(call.ReporterType), "call.reporter_type", "must be a known reporter type")
            .Require(ProtoValues.IsKnown(call.Urgency), "call.urgency", "must be a known urgency");
        CheckMunicipality(call.MunicipalityNumber, unit, violations);
        CheckCategories(call.ConcernCategories, activeConcernCategories, violations);
        ProtoValues.Text(call.Summary, "call.summary", MaxSummaryLength, required: true, violations);
        CheckStaff(call.HandlingStaff, violations);
        var birthDate = CheckChild(call.Child, now, violations);
        violations.ThrowIfAny(judged);

        return new CallRecord
        {
            Id = Guid.CreateVersion7(now).ToString(),
            UnitId = unit.Id,
            RequestId = request.RequestId,
            ReceiveTime = received ?? call.ReceiveTime.ToDateTime(),
            Channel = call.Channel,
            ReporterType = call.ReporterType,
            MunicipalityNumber = call.MunicipalityNumber,
            ConcernCategories = [.. call.ConcernCategories],
            Urgency = call.Urgency,
            Summary = call.Summary,
            ChildFullName = NullIfEmpty(call.Child?.FullName),
            ChildBirthDate = birthDate,
            ChildNationalIdentityNumber = NullIfEmpty(call.Child?.NationalIdentityNumber),
            HandlingStaff = [.. call.HandlingStaff],
            CreateTime = now,
            Creator = "",
        };
    }

    private static void CheckMunicipality(string number, OnCallUnitRecord unit, FieldViolations violations)
    {
        if (!ProtoValues.IsMunicipalityNumber(number))
        {
            violations.Add("call.municipality_number", "must be a four-digit municipality number");
        }
        else if (!unit.Covers(number))
        {
            violations.Add("call.municipality_number", "must be a municipality the unit covers");
        }
    }

    private static void CheckCategories(IReadOnlyList<string> categories, IReadOnlySet<string> active, FieldViolations violations)
    {
        if (categories.Count is 0 or > MaxCategories)
        {
            violations.Add("call.concern_categories", $"must hold 1 to {MaxCategories} codes");
            return;
        }

        for (var i = 0; i < categories.Count; i++)
        {
            violations.Require(active.Contains(categories[i]), $"call.concern_categories[{i}]", "is not an active concern category code");
        }

        violations.Require(categories.Distinct().Count() == categories.Count, "call.concern_categories", "must not repeat a code");
    }

    private static void CheckStaff(IReadOnlyList<string> staff, FieldViolations violations)
    {
        if (staff.Count is 0 or > MaxStaff)
        {
            violations.Add("call.handling_staff", $"must name 1 to {MaxStaff} staff members");
            return;
        }

        for (var i = 0; i < staff.Count; i++)
        {
            ProtoValues.Text(staff[i], $"call.handling_staff[{i}]", 200, required: true, violations);
        }
    }

    private static DateOnly? CheckChild(ChildIdentity? child, DateTime now, FieldViolations violations)
    {
        if (child is null)
        {
            return null;
        }

        ProtoValues.Text(child.FullName, "call.child.full_name", 200, required: false, violations);
        if (child.NationalIdentityNumber.Length > 0
            && NationalIdentityNumber.Problem(child.NationalIdentityNumber) is { } problem)
        {
            violations.Add("call.child.national_identity_number", problem);
        }

        if (child.BirthDate is null)
        {
            return null;
        }

        var date = ProtoValues.Date(child.BirthDate, "call.child.birth_date", violations);
        // Birth dates are Oslo dates: just after midnight in Oslo a child born "today" is already born.
        var today = NorwegianTime.DateOf(now);
        if (date > today)
        {
            violations.Add("call.child.birth_date", "must not be in the future");
        }

        return date;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
