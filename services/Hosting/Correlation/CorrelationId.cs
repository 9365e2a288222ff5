using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Intermunicipal.Hosting.Correlation;

/// <summary>
/// One id per request, travelling from the gateway to every service in the "x-correlation-id"
/// header and into every log line of the request as the CorrelationId scope value.
/// </summary>
public static partial class CorrelationId
{
    public const string HeaderName = "x-correlation-id";

    /// <summary>
    /// Takes the caller's id when it is a plain token, otherwise makes one; echoes it on the
    /// response and opens a log scope around the rest of the pipeline.
    /// </summary>
    public static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        var incoming = context.Request.Headers[HeaderName].ToString();
        var id = SafeId().IsMatch(incoming) ? incoming : Guid.NewGuid().ToString("N");
        context.Request.Headers[HeaderName] = id;
        context.Response.Headers[HeaderName] = id;
        context.TraceIdentifier = id;

        var logger = context.RequestServices.GetService(typeof(ILogger<HttpContext>)) as ILogger;
        using (logger?.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
        {
            await next(context);
        }
    }

    // Only ids that cannot carry data or break log formats are passed on.
    [GeneratedRegex(@"^[A-Za-z0-9-]{8,64}\z")]
    private static partial Regex SafeId();
}
