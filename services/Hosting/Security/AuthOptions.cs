namespace Intermunicipal.Hosting.Security;

/// <summary>
/// How tokens are validated, from the "Auth" configuration section. Either <see cref="Authority"/>
/// (an OpenID Connect issuer whose keys are fetched) or <see cref="SigningKey"/> (a shared key,
/// used by the development issuer) must be set.
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public string Issuer { get; set; } = "";
    public string Audience { get; set; } = "intermunicipal";
    public string? Authority { get; set; }

    /// <summary>Base64 HMAC-SHA256 key, at least 32 bytes. Development and tests only.</summary>
    public string? SigningKey { get; set; }
}
