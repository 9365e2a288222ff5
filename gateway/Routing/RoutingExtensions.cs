using Grpc.Core;
using Grpc.Reflection;
using Intermunicipal.Hosting.Errors;
using Yarp.ReverseProxy.Forwarder;

namespace Intermunicipal.Gateway.Routing;

public static class RoutingExtensions
{
    /// <summary>YARP with routes and clusters from the "ReverseProxy" configuration section.</summary>
    public static WebApplicationBuilder AddSuiteRouting(this WebApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));

        // Reflection for the whole suite: the gateway describes every service it routes to,
        // so grpcurl-style tools work against the single public address.
        builder.Services.AddSingleton(new ReflectionServiceImpl(SuiteServices.Descriptors));
        builder.Services.AddSingleton(new ReflectionV1ServiceImpl(SuiteServices.Descriptors));
        return builder;
    }

    public static WebApplication MapSuiteRouting(this WebApplication app)
    {
        app.MapGrpcService<ReflectionServiceImpl>().AllowAnonymous();
        app.MapGrpcService<ReflectionV1ServiceImpl>().AllowAnonymous();
        app.MapReverseProxy(proxy =>
        {
            proxy.Use(FailFastWhenNoHealthyBackend);
            proxy.UseLoadBalancing();
        });
        return app;
    }

    /// <summary>
    /// With every destination of a cluster unhealthy, answer UNAVAILABLE at once instead of
    /// waiting on a dead backend; when forwarding itself fails, answer UNAVAILABLE as well.
    /// </summary>
    private static async Task FailFastWhenNoHealthyBackend(HttpContext context, Func<Task> next)
    {
        var proxy = context.GetReverseProxyFeature();
        if (proxy.AvailableDestinations.Count == 0)
        {
            await GrpcStatusResponse.WriteAsync(context, StatusCode.Unavailable,
                $"The service behind route '{proxy.Route.Config.RouteId}' is unavailable; try again shortly.");
            return;
        }

        await next();
        if (context.GetForwarderErrorFeature() is { } error && !context.Response.HasStarted)
        {
            await GrpcStatusResponse.WriteAsync(context, StatusCode.Unavailable,
                $"The service behind route '{proxy.Route.Config.RouteId}' did not answer ({error.Error}).");
        }
    }
}
