using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Intermunicipal.Hosting.Security;

/// <summary>
/// Mints tokens signed with the shared development key. Used by the development issuer,
/// the tests and the load tool; production tokens come from a real identity provider.
/// </summary>
public sealed class TokenMinter(AuthOptions options, TimeProvider clock)
{
    public string Mint(string subject, string municipalityNumber, IEnumerable<string> roles, TimeSpan? lifetime = null)
    {
        if (options.SigningKey is not { Length: > 0 } key)
        {
            throw new InvalidOperationException("Auth:SigningKey is not configured; this environment cannot mint tokens.");
        }

        var claims = new List<Claim>
        {
            new(ClaimNames.Subject, subject),
            new(ClaimNames.Municipality, municipalityNumber),
        };
        claims.AddRange(roles.Select(r => new Claim(ClaimNames.Roles, r)));
        var now = clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Issuer,
            Audience = options.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromHours(12)),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(key)), SecurityAlgorithms.HmacSha256),
        });
    }
}
