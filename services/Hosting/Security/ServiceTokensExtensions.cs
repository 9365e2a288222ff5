using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intermunicipal.Hosting.Security;

public static class ServiceTokensExtensions
{
    private const string HttpClientName = "service-tokens";

    /// <summary>
    /// Registers <see cref="ServiceTokens"/> for a service that calls others under an identity of its
    /// own. Refuses to start when it would have no way to get one, or a token endpoint without a client,
    /// so a missing setting shows at deployment rather than in the first invoice run.
    /// </summary>
    public static WebApplicationBuilder AddServiceTokens(this WebApplicationBuilder builder, string serviceName)
    {
        var auth = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var identity = builder.Configuration.GetSection(ServiceIdentityOptions.Section).Get<ServiceIdentityOptions>() ?? new ServiceIdentityOptions();
        RequireAWay(auth, identity);
        // ServiceTokens is a singleton holding one client: its connections are renewed every few
        // minutes so a moved identity provider is found, as IHttpClientFactory's guidance advises.
        builder.Services.AddHttpClient(HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        // Tokens are about real time, whatever clock the service works by.
        builder.Services.AddSingleton(sp => new ServiceTokens(auth, identity,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), TimeProvider.System, serviceName));
        return builder;
    }

    private static void RequireAWay(AuthOptions auth, ServiceIdentityOptions identity)
    {
        const string section = ServiceIdentityOptions.Section;
        if (identity.TokenEndpoint is null)
        {
            if (string.IsNullOrEmpty(auth.SigningKey))
            {
                throw new InvalidOperationException($"Configure {section}:TokenEndpoint, {section}:ClientId and {section}:ClientSecret (or, in Development, Auth:SigningKey).");
            }

            return;
        }

        if (string.IsNullOrEmpty(identity.ClientId) || string.IsNullOrEmpty(identity.ClientSecret))
        {
            throw new InvalidOperationException($"{section}:TokenEndpoint needs {section}:ClientId and {section}:ClientSecret.");
        }

        if (identity.TokenEndpoint.Scheme != Uri.UriSchemeHttps && !identity.TokenEndpoint.IsLoopback)
        {
            throw new InvalidOperationException($"{section}:TokenEndpoint must use https: the client secret travels with each request.");
        }
    }
}
