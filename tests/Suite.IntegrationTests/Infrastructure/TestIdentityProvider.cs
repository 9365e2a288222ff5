using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Intermunicipal.Hosting.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>
/// Stands in for a municipality's identity provider (outside this project, ADR 0003): an OAuth 2.0
/// token endpoint on a free loopback port that serves the client-credentials grant to one client,
/// the way ADR 0014 asks a real one to be configured. Its tokens are signed with the suite's
/// development key, so the services validate them as they would the provider's.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "intermunicipal-invoicing";

    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, string secret)
    {
        _app = app;
        ClientSecret = secret;
    }

    /// <summary>Where it listens, once started.</summary>
    public Uri TokenEndpoint => new(new Uri(_app.Urls.Single()), "/connect/token");

    public string ClientSecret { get; }

    /// <summary>The scopes of every token request it granted, in order.</summary>
    public ConcurrentQueue<string> Granted { get; } = new();

    /// <summary>Invoicing's settings for getting its tokens here, as <paramref name="secret"/> (the right one when null).</summary>
    public string[] InvoicingSettings(string? secret = null) =>
    [
        $"--ServiceIdentity:TokenEndpoint={TokenEndpoint}",
        $"--ServiceIdentity:ClientId={ClientId}",
        $"--ServiceIdentity:ClientSecret={secret ?? ClientSecret}",
    ];

    public static async Task<TestIdentityProvider> StartAsync(string signingKey)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        // The services' settings copied beside the tests speak HTTP/2 only; identity providers speak HTTP/1.1.
        builder.Configuration["Kestrel:EndpointDefaults:Protocols"] = "Http1";
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new TestIdentityProvider(app, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)));
        var minter = SuiteFixture.MinterFor(signingKey);
        app.MapPost("/connect/token", async (HttpRequest request) => provider.Answer(request, await request.ReadFormAsync(), minter));
        await app.StartAsync(TestContext.Current.CancellationToken);
        return provider;
    }

    private IResult Answer(HttpRequest request, IFormCollection form, TokenMinter minter)
    {
        if (!IsClient(request.Headers.Authorization))
        {
            return Results.Json(new { error = "invalid_client" }, statusCode: StatusCodes.Status401Unauthorized);
        }

        if (form["grant_type"] != "client_credentials")
        {
            return Results.Json(new { error = "unsupported_grant_type" }, statusCode: StatusCodes.Status400BadRequest);
        }

        var scopes = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var municipalities = scopes.Where(s => s.StartsWith("municipality:", StringComparison.Ordinal)).Select(s => s["municipality:".Length..]).ToList();
        if (!scopes.Contains(Roles.UsageReader) || municipalities.Count != 1)
        {
            return Results.Json(new { error = "invalid_scope" }, statusCode: StatusCodes.Status400BadRequest);
        }

        Granted.Enqueue(form["scope"].ToString());
        var token = minter.Mint("service:" + ClientId, municipalities[0], [Roles.UsageReader], TimeSpan.FromHours(1));
        return Results.Json(new { access_token = token, token_type = "Bearer", expires_in = 3600 });
    }

    /// <summary>client_secret_basic (RFC 6749 section 2.3.1): both parts form-encoded, then Base64.</summary>
    private bool IsClient(string? authorization)
    {
        if (!AuthenticationHeaderValue.TryParse(authorization, out var header) || header.Scheme != "Basic" || header.Parameter is null)
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
        return parts.Length == 2 && System.Net.WebUtility.UrlDecode(parts[0]) == ClientId && System.Net.WebUtility.UrlDecode(parts[1]) == ClientSecret;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
