using Intermunicipal.Capacity.Extensions;
using Intermunicipal.Capacity.Grpc;
using Intermunicipal.Hosting;

namespace Intermunicipal.Capacity;

/// <summary>Builds the Capacity service; Program.cs runs it, the tests start it on loopback.</summary>
public static class CapacityApp
{
    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <param name="customize">Lets tests add, for example, a log capture or a fixed clock; null in production.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddCapacityServices();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapGrpcService<CapacityGrpcService>();
        return app;
    }
}
