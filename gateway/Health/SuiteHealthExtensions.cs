using Grpc.Health.V1;
using Grpc.HealthCheck;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

namespace Intermunicipal.Gateway.Health;

public static class SuiteHealthExtensions
{
    /// <summary>
    /// Active health checks of every backend over grpc.health.v1, and the gateway's own
    /// grpc.health.v1 service: "" is the gateway itself, each service name its cluster.
    /// </summary>
    public static WebApplicationBuilder AddSuiteHealth(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<HealthServiceImpl>();
        builder.Services.AddSingleton<IProbingRequestFactory, GrpcHealthProbe>();
        builder.Services.AddSingleton<IActiveHealthCheckPolicy, GrpcHealthPolicy>();
        return builder;
    }

    public static WebApplication MapSuiteHealth(this WebApplication app)
    {
        var health = app.Services.GetRequiredService<HealthServiceImpl>();
        health.SetStatus("", HealthCheckResponse.Types.ServingStatus.Serving);

        // Until the first probe answers, a service is not known to be serving.
        foreach (var cluster in app.Services.GetRequiredService<IProxyConfigProvider>().GetConfig().Clusters)
        {
            foreach (var service in GrpcHealthPolicy.ServicesOf(cluster.Metadata))
            {
                health.SetStatus(service, HealthCheckResponse.Types.ServingStatus.NotServing);
            }
        }

        app.MapGrpcService<HealthServiceImpl>().AllowAnonymous();
        return app;
    }
}
