using Grpc.AspNetCore.HealthChecks;
using Intermunicipal.Hosting.Correlation;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Grpc;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Intermunicipal.Hosting;

/// <summary>What every Intermunicipal gRPC service does the same way (compare eShop's ServiceDefaults).</summary>
public static class ServiceDefaults
{
    /// <summary>Telemetry, authentication, gRPC with the shared interceptors, health and reflection.</summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder)
    {
        builder.AddIntermunicipalTelemetry();
        builder.AddIntermunicipalAuthentication();
        builder.Services.AddGrpc(o =>
        {
            o.Interceptors.Add<UnexpectedErrorInterceptor>();
            o.EnableDetailedErrors = false;
            o.MaxReceiveMessageSize = 1024 * 1024;
        });
        builder.Services.AddGrpcHealthChecks(o =>
        {
            // Answer from a fresh run of the checks, so the gateway sees a database outage at its next probe.
            o.UseHealthChecksCache = false;
        });
        builder.Services.AddGrpcReflection();
        return builder;
    }

    /// <summary>Correlation ids, authentication, and the anonymous health and reflection services.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.Use(CorrelationId.Middleware);
        app.Use(MalformedRequestStatus.Middleware);
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
