using System.Text.RegularExpressions;
using Intermunicipal.Hosting.Errors;

namespace Intermunicipal.Capacity.Grpc;

/// <summary>Parsing and formatting of this service's resource names (AIP-122).</summary>
public static partial class ResourceNames
{
    public static string Programme(string id) => $"programmes/{id}";

    public static string Team(string id) => $"teams/{id}";

    public static string CapacityChange(string teamId, string id) => $"teams/{teamId}/capacityChanges/{id}";

    public static string Allocation(string teamId, string id) => $"teams/{teamId}/allocations/{id}";

    public static string Referral(string teamId, string id) => $"teams/{teamId}/referrals/{id}";

    public static string AuditEvent(string teamId, string id) => $"teams/{teamId}/auditEvents/{id}";

    /// <summary>True for an id a client may choose: lower-case letters, digits and hyphens, 1-63, starting with a letter.</summary>
    public static bool IsResourceId(string id) => ResourceId().IsMatch(id);

    public static string ParseProgramme(string name, string field) =>
        Match(ProgrammePattern(), name, field, "programmes/{programme}").Groups["id"].Value;

    /// <summary>The programme id of a well-formed programme name, or null.</summary>
    public static string? TryParseProgramme(string name) =>
        ProgrammePattern().Match(name) is { Success: true } m ? m.Groups["id"].Value : null;

    public static string ParseTeam(string name, string field) =>
        Match(TeamPattern(), name, field, "teams/{team}").Groups["id"].Value;

    public static (string TeamId, string AllocationId) ParseAllocation(string name, string field)
    {
        var m = Match(AllocationPattern(), name, field, "teams/{team}/allocations/{allocation}");
        return (m.Groups["team"].Value, m.Groups["id"].Value);
    }

    public static (string TeamId, string ReferralId) ParseReferral(string name, string field)
    {
        var m = Match(ReferralPattern(), name, field, "teams/{team}/referrals/{referral}");
        return (m.Groups["team"].Value, m.Groups["id"].Value);
    }

    private static Match Match(Regex pattern, string name, string field, string shape)
    {
        var match = pattern.Match(name);
        return match.Success ? match : throw Problems.InvalidArgument(field, $"must have the form {shape}");
    }

    // \z, not $: $ would also accept a name with a trailing newline.
    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,62}\z")]
    private static partial Regex ResourceId();

    [GeneratedRegex(@"^programmes/(?<id>[a-z][a-z0-9-]{0,62})\z")]
    private static partial Regex ProgrammePattern();

    [GeneratedRegex(@"^teams/(?<id>[a-z][a-z0-9-]{0,62})\z")]
    private static partial Regex TeamPattern();

    [GeneratedRegex(@"^teams/(?<team>[a-z][a-z0-9-]{0,62})/allocations/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex AllocationPattern();

    [GeneratedRegex(@"^teams/(?<team>[a-z][a-z0-9-]{0,62})/referrals/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex ReferralPattern();
}
