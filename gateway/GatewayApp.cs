using Intermunicipal.Gateway.Health;
using Intermunicipal.Gateway.Limits;
using Intermunicipal.Gateway.Routing;
using Intermunicipal.Hosting.Correlation;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Telemetry;

namespace Intermunicipal.Gateway;

/// <summary>
/// The one public entry: validates the caller's token, limits each caller's rate, routes each
/// gRPC service to its cluster and knows which backends are healthy. No business logic.
/// </summary>
public static class GatewayApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddIntermunicipalTelemetry();
        builder.AddIntermunicipalAuthentication();
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddTokenMinter();
        }

        builder.Services.AddGrpc();
        builder.AddSuiteHealth();
        builder.AddPerCallerRateLimiting();
        builder.AddSuiteRouting();

        var app = builder.Build();
        app.Use(CorrelationId.Middleware);
        app.UseAuthentication();
        // Before authorization, so callers with bad or no tokens are limited too (by address).
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapSuiteHealth();
        app.MapSuiteRouting();
        app.MapDevelopmentIssuer();
        return app;
    }
}
