using System.Collections.Concurrent;
using Duende.IdentityModel.Client;

namespace Intermunicipal.Hosting.Security;

/// <summary>
/// Tokens a service presents when it calls another on a municipality's behalf, under an identity
/// of its own, cached until half their lifetime has passed. With a token endpoint configured they
/// come from the identity provider by the client-credentials grant, asking for the scopes
/// "usage-reader municipality:{number}" (ADR 0014); in Development without one they are minted
/// with the development key (subject "service:{name}", role <see cref="Roles.UsageReader"/>).
/// Failures come out as <see cref="ServiceTokenException"/>.
/// </summary>
public sealed class ServiceTokens(AuthOptions auth, ServiceIdentityOptions identity, HttpClient http, TimeProvider clock, string serviceName)
{
    private static readonly TimeSpan MintedLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Used when the identity provider does not say how long its token lives.</summary>
    private static readonly TimeSpan AssumedLifetime = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Renew)> _cache = new(StringComparer.Ordinal);

    public string Subject => $"service:{serviceName}";

    /// <summary>The scopes that ask the identity provider for a usage reader acting for <paramref name="municipalityNumber"/>.</summary>
    public static string ScopesFor(string municipalityNumber) => $"{Roles.UsageReader} municipality:{municipalityNumber}";

    /// <summary>A bearer token acting for <paramref name="municipalityNumber"/>.</summary>
    public async ValueTask<string> ForAsync(string municipalityNumber, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(municipalityNumber, out var cached) && cached.Renew > now)
        {
            return cached.Token;
        }

        var (token, lifetime) = identity.TokenEndpoint is { } endpoint
            ? await RequestAsync(endpoint, municipalityNumber, ct)
            : (Mint(municipalityNumber), MintedLifetime);
        _cache[municipalityNumber] = (token, now + lifetime / 2);
        return token;
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestAsync(Uri endpoint, string municipalityNumber, CancellationToken ct)
    {
        using var response = await http.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = endpoint.ToString(),
            ClientId = identity.ClientId,
            ClientSecret = identity.ClientSecret,
            Scope = ScopesFor(municipalityNumber),
        }, ct);
        if (response.IsError || string.IsNullOrEmpty(response.AccessToken))
        {
            var why = response.ErrorType == ResponseErrorType.Exception
                ? $"no answer from the identity provider that it could read ({response.Exception?.GetType().Name})"
                : $"the identity provider refused a token for municipality {municipalityNumber} ({(int)response.HttpStatusCode} {ErrorCode(response)})";
            throw new ServiceTokenException(why, response.Exception);
        }

        var lifetime = response.ExpiresIn > 0 ? TimeSpan.FromSeconds(response.ExpiresIn) : AssumedLifetime;
        return (response.AccessToken, lifetime);
    }

    /// <summary>
    /// The OAuth error code (RFC 6749 section 5.2), such as "invalid_client", when it is one: never the
    /// provider's description, which could echo what was sent.
    /// </summary>
    private static string ErrorCode(TokenResponse response)
    {
        var code = (response.Json is null ? null : response.TryGet("error")) ?? "";
        return code.Length is > 0 and <= 64 && code.All(c => char.IsAsciiLetterLower(c) || c == '_') ? code : "no access_token";
    }

    private string Mint(string municipalityNumber)
    {
        if (auth.SigningKey is not { Length: > 0 })
        {
            throw new ServiceTokenException($"no way to get a service token: configure {ServiceIdentityOptions.Section}:TokenEndpoint, ClientId and ClientSecret");
        }

        return new TokenMinter(auth, clock).Mint(Subject, municipalityNumber, [Roles.UsageReader], MintedLifetime);
    }
}
