using Intermunicipal.Hosting.Security;

namespace Intermunicipal.LoadTool;

/// <summary>The bearer token the load is sent with: the given one, or one minted with the development key.</summary>
public static class Credentials
{
    public const string Issuer = "intermunicipal-dev";
    public const string Audience = "intermunicipal";
    public const string StaffMunicipality = "3201";
    /// <summary>Staff of the on-call service and a treatment coordinator, so one minted token serves every operation.</summary>
    public static readonly string[] Roles = [Hosting.Security.Roles.OnCallStaff, Hosting.Security.Roles.CapacityCoordinator];
    public const string Subject = "load-tool";

    public static string BearerToken(LoadOptions options)
    {
        if (options.Token is { } token)
        {
            return token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token["Bearer ".Length..].Trim() : token;
        }

        var auth = new AuthOptions { Issuer = Issuer, Audience = Audience, SigningKey = options.SigningKey };
        return new TokenMinter(auth, TimeProvider.System).Mint(Subject, StaffMunicipality, Roles);
    }
}
