using System.Text.RegularExpressions;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.OnCall.Grpc;

/// <summary>Parsing and formatting of this service's resource names (AIP-122).</summary>
public static partial class ResourceNames
{
    public static string Unit(string unitId) => $"onCallUnits/{unitId}";

    public static string Call(string unitId, string callId) => $"onCallUnits/{unitId}/calls/{callId}";

    public static string Entry(string unitId, string callId, string entryId) => $"{Call(unitId, callId)}/entries/{entryId}";

    public static string Handover(string unitId, string municipalityNumber, DateOnly date) =>
        $"onCallUnits/{unitId}/handovers/{municipalityNumber}-{IsoDate.ToText(date)}";

    public static string AuditEvent(string unitId, string id) => $"onCallUnits/{unitId}/auditEvents/{id}";

    /// <summary>The unit id of "onCallUnits/{unit}", or INVALID_ARGUMENT on <paramref name="field"/>.</summary>
    public static string ParseUnit(string name, string field) =>
        Match(UnitPattern(), name, field, "onCallUnits/{on_call_unit}").Groups["unit"].Value;

    public static (string UnitId, string CallId) ParseCall(string name, string field)
    {
        var m = Match(CallPattern(), name, field, "onCallUnits/{on_call_unit}/calls/{call}");
        return (m.Groups["unit"].Value, m.Groups["call"].Value);
    }

    /// <summary>The call id of an entry name under <paramref name="callName"/>, or INVALID_ARGUMENT.</summary>
    public static string ParseEntryOf(string callName, string name, string field)
    {
        var prefix = callName + "/entries/";
        var id = name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : "";
        return EntryId().IsMatch(id)
            ? id
            : throw Problems.InvalidArgument(field, "must be the name of an entry of this call");
    }

    public static (string UnitId, string MunicipalityNumber, DateOnly Date) ParseHandover(string name, string field)
    {
        var m = Match(HandoverPattern(), name, field, "onCallUnits/{on_call_unit}/handovers/{municipality_number}-{yyyy-mm-dd}");
        return (m.Groups["unit"].Value, m.Groups["municipality"].Value, IsoDate.Parse(m.Groups["date"].Value, field, "has an invalid date"));
    }

    private static Match Match(Regex pattern, string name, string field, string shape)
    {
        var match = pattern.Match(name);
        return match.Success ? match : throw Problems.InvalidArgument(field, $"must have the form {shape}");
    }

    // \z, not $: $ would also accept a name with a trailing newline.
    [GeneratedRegex(@"^onCallUnits/(?<unit>[a-z0-9-]{1,63})\z")]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"^onCallUnits/(?<unit>[a-z0-9-]{1,63})/calls/(?<call>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex CallPattern();

    [GeneratedRegex(@"^onCallUnits/(?<unit>[a-z0-9-]{1,63})/handovers/(?<municipality>[0-9]{4})-(?<date>[0-9]{4}-[0-9]{2}-[0-9]{2})\z")]
    private static partial Regex HandoverPattern();

    [GeneratedRegex(@"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\z")]
    private static partial Regex EntryId();
}
