namespace Intermunicipal.Hosting.Security;

/// <summary>The roles a caller's token can carry, as they appear in its "roles" claim.</summary>
public static class Roles
{
    public const string OnCallStaff = "oncall-staff";
    public const string OnCallLead = "oncall-lead";
    public const string Caseworker = "caseworker";
    public const string CapacityCoordinator = "capacity-coordinator";
    public const string Finance = "finance";
    public const string Admin = "admin";

    /// <summary>A service (Invoicing) reading billable usage on a host's behalf; never given to people.</summary>
    public const string UsageReader = "usage-reader";
}
