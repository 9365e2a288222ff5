using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Intermunicipal.Hosting.Errors;

/// <summary>
/// Writes a gRPC "trailers-only" response from plain ASP.NET Core middleware (authentication,
/// rate limiting, the gateway), so that clients see a real gRPC status instead of an HTTP error.
/// </summary>
public static class GrpcStatusResponse
{
    public static Task WriteAsync(HttpContext context, StatusCode status, string message)
    {
        if (context.Response.HasStarted)
        {
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
        return context.Response.CompleteAsync();
    }
}
