using System.Collections.Concurrent;

namespace Intermunicipal.Hosting.Security;

/// <summary>
/// Tokens a service presents when it calls another on a municipality's behalf, under an identity
/// of its own (subject "service:{name}", role <see cref="Roles.UsageReader"/>), cached until shortly
/// before they expire. Minted with the development signing key; a deployment with an external
/// identity provider (Auth:Authority) must add a client-credentials flow here, and until then a
/// call fails with a clear message rather than without credentials.
/// </summary>
public sealed class ServiceTokens(AuthOptions options, TimeProvider clock, string serviceName)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Renew)> _cache = new(StringComparer.Ordinal);

    public string Subject => $"service:{serviceName}";

    /// <summary>A bearer token acting for <paramref name="municipalityNumber"/>.</summary>
    public string For(string municipalityNumber)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(municipalityNumber, out var cached) && cached.Renew > now)
        {
            return cached.Token;
        }

        if (options.SigningKey is not { Length: > 0 })
        {
            throw new InvalidOperationException("Service tokens need Auth:SigningKey; client credentials for Auth:Authority are not built yet.");
        }

        var token = new TokenMinter(options, clock).Mint(Subject, municipalityNumber, [Roles.UsageReader], Lifetime);
        _cache[municipalityNumber] = (token, now + Lifetime / 2);
        return token;
    }
}
