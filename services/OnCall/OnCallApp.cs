using Intermunicipal.Hosting;
using Intermunicipal.OnCall.Extensions;
using Intermunicipal.OnCall.Grpc;

namespace Intermunicipal.OnCall;

/// <summary>Builds the OnCall service; Program.cs runs it, the tests start it on loopback.</summary>
public static class OnCallApp
{
    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <param name="customize">Lets tests add, for example, a log capture; null in production.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddOnCallServices();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapGrpcService<OnCallGrpcService>();
        return app;
    }
}
