using Intermunicipal.Hosting.Security;

namespace Intermunicipal.LoadTool;

/// <summary>The bearer token the load is sent with: the given one, or one minted with the development key.</summary>
public static class Credentials
{
    public const string Issuer = "intermunicipal-dev";
    public const string Audience = "intermunicipal";
    public const string StaffMunicipality = "3201";
    public const string Role = Roles.OnCallStaff;
    public const string Subject = "load-tool";

    public static string BearerToken(LoadOptions options, TimeProvider clock)
    {
        if (options.Token is { } token)
        {
            return token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? token["Bearer ".Length..].Trim() : token;
        }

        var auth = new AuthOptions { Issuer = Issuer, Audience = Audience, SigningKey = options.SigningKey };
        return new TokenMinter(auth, clock).Mint(Subject, StaffMunicipality, [Role]);
    }
}
