namespace Intermunicipal.Hosting.Security;

/// <summary>The claims of an Intermunicipal token. Inbound claim mapping is off, so these are the JWT names.</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string Municipality = "municipality";
    public const string Roles = "roles";
}
