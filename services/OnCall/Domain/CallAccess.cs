using Intermunicipal.Hosting.Security;
using Intermunicipal.OnCall.Infrastructure.Entities;

namespace Intermunicipal.OnCall.Domain;

/// <summary>
/// Who may do what with a unit's calls. The unit's staff are the host municipality's on-call
/// staff and leads; a covered municipality's caseworkers see only calls about their own
/// municipality; nobody else sees anything.
/// </summary>
public static class CallAccess
{
    public static bool IsStaff(Caller caller, OnCallUnitRecord unit) =>
        caller.ActsFor(unit.HostMunicipalityNumber) && caller.HasAnyRole(Roles.OnCallStaff, Roles.OnCallLead);

    public static bool IsLead(Caller caller, OnCallUnitRecord unit) =>
        caller.ActsFor(unit.HostMunicipalityNumber) && caller.HasRole(Roles.OnCallLead);

    /// <summary>A caseworker of a municipality the unit covers, acting for <paramref name="municipalityNumber"/>.</summary>
    public static bool IsCaseworkerFor(Caller caller, OnCallUnitRecord unit, string municipalityNumber) =>
        caller.HasRole(Roles.Caseworker) && caller.ActsFor(municipalityNumber) && unit.Covers(municipalityNumber);

    public static bool CanSeeUnit(Caller caller, OnCallUnitRecord unit) =>
        caller.ActsFor(unit.HostMunicipalityNumber) || unit.Covers(caller.MunicipalityNumber);

    public static bool CanReadCall(Caller caller, OnCallUnitRecord unit, string callMunicipalityNumber) =>
        IsStaff(caller, unit) || IsCaseworkerFor(caller, unit, callMunicipalityNumber);

    /// <summary>Statistics go to the unit and to each covered municipality about itself.</summary>
    public static bool CanReadStatistics(Caller caller, OnCallUnitRecord unit, string municipalityNumber) =>
        IsStaff(caller, unit)
        || (caller.ActsFor(municipalityNumber) && unit.Covers(municipalityNumber)
            && caller.HasAnyRole(Roles.Caseworker, Roles.Admin));

    /// <summary>Billable usage goes to the host's finance (who bills), its invoicing service, and the billed municipality's finance.</summary>
    public static bool CanReadUsage(Caller caller, OnCallUnitRecord unit, string municipalityNumber) =>
        caller.HasAnyRole(Roles.Finance, Roles.UsageReader)
        && unit.Covers(municipalityNumber)
        && (caller.ActsFor(unit.HostMunicipalityNumber) || caller.ActsFor(municipalityNumber));
}
