using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.Capacity.Grpc.Validation;

/// <summary>Checks a CreateProgramme request and turns it into the record to store.</summary>
public static class ProgrammeValidator
{
    public const int OldestAge = 25;
    public const int LongestTypicalDuration = 1000;

    public static ProgrammeRecord Validate(CreateProgrammeRequest request, DateTime now)
    {
        var violations = new FieldViolations()
            .Require(ResourceNames.IsResourceId(request.ProgrammeId), "programme_id",
                "must be 1-63 lower-case letters, digits or hyphens, starting with a letter");
        RequestIds.Check(request.RequestId, violations);
        var programme = request.Programme;
        if (programme is null)
        {
            violations.Add("programme", "is required").ThrowIfAny();
        }

        ProtoValues.Text(programme!.DisplayName, "programme.display_name", 200, required: true, violations);
        ProtoValues.Text(programme.Description, "programme.description", 2000, required: false, violations);
        violations
            .Require(programme.MinChildAge is >= 0 and <= OldestAge, "programme.min_child_age", "must be 0-25")
            .Require(programme.MaxChildAge is >= 0 and <= OldestAge && programme.MaxChildAge >= programme.MinChildAge,
                "programme.max_child_age", "must be 0-25 and not below min_child_age")
            .Require(programme.TypicalDurationDays is >= 1 and <= LongestTypicalDuration, "programme.typical_duration_days", "must be 1-1000")
            .ThrowIfAny();

        return new ProgrammeRecord
        {
            Id = request.ProgrammeId,
            DisplayName = programme.DisplayName.Trim(),
            Description = programme.Description.Trim(),
            MinChildAge = programme.MinChildAge,
            MaxChildAge = programme.MaxChildAge,
            TypicalDurationDays = programme.TypicalDurationDays,
            CreateTime = now,
        };
    }
}
