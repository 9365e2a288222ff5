using Intermunicipal.Hosting;
using Intermunicipal.OnCall.Extensions;
using Intermunicipal.OnCall.Grpc;

namespace Intermunicipal.OnCall;

/// <summary>Builds the OnCall service; Program.cs runs it, the tests start it on loopback.</summary>
public static class OnCallApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddOnCallServices();

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapGrpcService<OnCallGrpcService>();
        return app;
    }
}
