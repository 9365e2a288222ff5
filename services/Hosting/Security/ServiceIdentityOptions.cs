namespace Intermunicipal.Hosting.Security;

/// <summary>
/// How a service obtains tokens of its own from the identity provider ("ServiceIdentity" section):
/// the OAuth 2.0 client-credentials grant at <see cref="TokenEndpoint"/>, authenticating as
/// <see cref="ClientId"/> with <see cref="ClientSecret"/> (from a secret store, never committed).
/// Without a token endpoint, Development mints service tokens with Auth:SigningKey instead.
/// </summary>
public sealed class ServiceIdentityOptions
{
    public const string Section = "ServiceIdentity";

    public Uri? TokenEndpoint { get; set; }

    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";
}
