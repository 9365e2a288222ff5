using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Hosting.Security;

namespace Intermunicipal.Capacity.Domain;

/// <summary>
/// Who may do what. A team's participants are its host and every municipality that has held an
/// allocation in it; only they see the team. A municipality's coordinators handle its own
/// referrals and nobody else's; the host's coordinators and admins manage the team.
/// </summary>
public static class CapacityAccess
{
    public static bool CanManageProgrammes(Caller caller) => caller.HasRole(Roles.Admin);

    /// <summary>Any municipality may host a team; its coordinators or admins create it.</summary>
    public static bool CanCreateTeam(Caller caller) => caller.HasAnyRole(Roles.CapacityCoordinator, Roles.Admin);

    public static bool CanManageTeam(Caller caller, TeamRecord team) =>
        caller.ActsFor(team.HostMunicipalityNumber) && caller.HasAnyRole(Roles.CapacityCoordinator, Roles.Admin);

    /// <summary>Board, allocations, waiting counts and statistics: counts only, for the participants' staff.</summary>
    public static bool CanSeeTeam(Caller caller, TeamTerms terms) =>
        terms.IsParticipant(caller.MunicipalityNumber)
        && caller.HasAnyRole(Roles.CapacityCoordinator, Roles.Admin, Roles.Finance, Roles.Caseworker);

    /// <summary>Referring, reading and moving a referral: the referring municipality's coordinators only.</summary>
    public static bool CanHandleReferralsOf(Caller caller, string municipalityNumber) =>
        caller.ActsFor(municipalityNumber) && caller.HasRole(Roles.CapacityCoordinator);

    /// <summary>Billable usage goes to the host's finance (who bills), its invoicing service, and the billed municipality's finance.</summary>
    public static bool CanReadUsage(Caller caller, string hostMunicipalityNumber, string municipalityNumber) =>
        caller.HasAnyRole(Roles.Finance, Roles.UsageReader) && (caller.ActsFor(hostMunicipalityNumber) || caller.ActsFor(municipalityNumber));

    /// <summary>The audit trail: the host's admins see all of a team's, a partner's admins those of its own referrals.</summary>
    public static bool CanReadAudit(Caller caller, TeamTerms terms) =>
        caller.HasRole(Roles.Admin) && terms.IsParticipant(caller.MunicipalityNumber);
}
