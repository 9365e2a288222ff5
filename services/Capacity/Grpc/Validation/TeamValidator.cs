using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.Capacity.Grpc.Validation;

/// <summary>Checks CreateTeam and SetTeamCapacity requests before anything is read or stored.</summary>
public static class TeamValidator
{
    public const int LargestCapacity = 1000;

    /// <summary>The programme id, initial capacity and its first day of a valid CreateTeam request.</summary>
    public static (string ProgrammeId, DateOnly EffectiveDate) Validate(CreateTeamRequest request)
    {
        var violations = new FieldViolations()
            .Require(ResourceNames.IsResourceId(request.TeamId), "team_id",
                "must be 1-63 lower-case letters, digits or hyphens, starting with a letter");
        RequestIds.Check(request.RequestId, violations);
        var team = request.Team;
        if (team is null)
        {
            violations.Add("team", "is required").ThrowIfAny();
        }

        ProtoValues.Text(team!.DisplayName, "team.display_name", 200, required: true, violations);
        var programme = ResourceNames.TryParseProgramme(team.Programme);
        violations
            .Require(programme is not null, "team.programme", "must have the form programmes/{programme}")
            .Require(ProtoValues.IsKnown(team.FreeSlotPolicy), "team.free_slot_policy", "must be a known policy")
            .Require(request.InitialCapacity is >= 0 and <= LargestCapacity, "initial_capacity", "must be 0-1000");
        var effective = ProtoValues.Date(request.CapacityEffectiveDate, "capacity_effective_date", violations);
        violations.ThrowIfAny();
        return (programme!, effective!.Value);
    }

    public static DateOnly Validate(SetTeamCapacityRequest request)
    {
        var violations = new FieldViolations()
            .Require(request.Capacity is >= 0 and <= LargestCapacity, "capacity", "must be 0-1000");
        RequestIds.Check(request.RequestId, violations);
        var effective = ProtoValues.Date(request.EffectiveDate, "effective_date", violations);
        violations.ThrowIfAny();
        return effective!.Value;
    }
}
