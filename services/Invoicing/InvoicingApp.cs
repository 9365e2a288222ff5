using Intermunicipal.Hosting;
using Intermunicipal.Invoicing.Extensions;
using Intermunicipal.Invoicing.Grpc;

namespace Intermunicipal.Invoicing;

/// <summary>Builds the Invoicing service; Program.cs runs it, the tests start it on loopback.</summary>
public static class InvoicingApp
{
    /// <param name="args">Command-line arguments (configuration overrides).</param>
    /// <param name="customize">Lets tests add, for example, a log capture or a fixed clock; null in production.</param>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults();
        builder.AddInvoicingServices();
        customize?.Invoke(builder);

        var app = builder.Build();
        app.UseServiceDefaults();
        app.MapGrpcService<InvoicingGrpcService>();
        return app;
    }
}
