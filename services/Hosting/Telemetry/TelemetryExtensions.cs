using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Intermunicipal.Hosting.Telemetry;

public static class TelemetryExtensions
{
    /// <summary>
    /// Traces, metrics and logs through OpenTelemetry; exported over OTLP only when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is configured. Request bodies and headers other than the
    /// standard ones are never recorded, so no personal data reaches a trace.
    /// </summary>
    public static IHostApplicationBuilder AddIntermunicipalTelemetry(this IHostApplicationBuilder builder)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddOpenTelemetry(o =>
        {
            o.IncludeScopes = true;
            o.IncludeFormattedMessage = true;
        });

        var otel = builder.Services.AddOpenTelemetry()
            .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddMeter("Microsoft.AspNetCore.Hosting", "Yarp.ReverseProxy"))
            .WithTracing(t => t
                .AddSource(builder.Environment.ApplicationName)
                .AddAspNetCoreInstrumentation(o => o.RecordException = false));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return builder;
    }
}
