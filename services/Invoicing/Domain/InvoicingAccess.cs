using Intermunicipal.Hosting.Security;

namespace Intermunicipal.Invoicing.Domain;

/// <summary>
/// Who may do what. Only finance staff use invoicing at all. Each municipality's finance staff
/// keep its own party; a host's finance staff keep its agreements and pools and do every step of
/// billing; a partner's finance staff read what is addressed to it and dispute.
/// </summary>
public static class InvoicingAccess
{
    public static bool IsFinance(Caller caller) => caller.HasRole(Roles.Finance);

    public static bool CanKeepParty(Caller caller, string municipalityNumber) => IsFinance(caller) && caller.ActsFor(municipalityNumber);

    /// <summary>Agreements, cost pools, runs, approval, issue, credit, settlement: the host's finance staff.</summary>
    public static bool CanActAsHost(Caller caller, string hostMunicipalityNumber) => IsFinance(caller) && caller.ActsFor(hostMunicipalityNumber);

    /// <summary>An agreement and what is billed under it: the finance staff of either side.</summary>
    public static bool CanRead(Caller caller, string hostMunicipalityNumber, string partnerMunicipalityNumber) =>
        IsFinance(caller) && (caller.ActsFor(hostMunicipalityNumber) || caller.ActsFor(partnerMunicipalityNumber));
}
