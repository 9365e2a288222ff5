using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Intermunicipal.Hosting.Grpc;

/// <summary>
/// gRPC answers a request body that is not a valid message for the method (bad framing,
/// a compressed flag without an encoding, bytes that are not protobuf) with INTERNAL or
/// UNKNOWN before any service code runs. For us that is bad input: it becomes INVALID_ARGUMENT.
/// A request the method's code did see keeps whatever status that code gave it.
/// </summary>
public static class MalformedRequestStatus
{
    private static readonly object MethodEntered = new();

    /// <summary>Called by the shared interceptor: the request was read and the method started.</summary>
    public static void MarkMethodEntered(HttpContext context) => context.Items[MethodEntered] = true;

    public static async Task Middleware(HttpContext context, RequestDelegate next)
    {
        if (!GrpcWire.IsGrpc(context.Request))
        {
            await next(context);
            return;
        }

        context.Response.OnStarting(() =>
        {
            Rewrite(context, context.Response.Headers);
            return Task.CompletedTask;
        });
        await next(context);
        if (context.Features.Get<IHttpResponseTrailersFeature>() is { Trailers.IsReadOnly: false } trailers)
        {
            Rewrite(context, trailers.Trailers);
        }
    }

    private static void Rewrite(HttpContext context, IHeaderDictionary headers)
    {
        // Only a gRPC request over HTTP/2 that was accepted (200) and whose method never started:
        // wrong protocol versions and content types keep grpc-dotnet's own answer.
        var status = headers["grpc-status"].ToString();
        if (context.Items.ContainsKey(MethodEntered) || status is not ("2" or "13")
            || context.Response.StatusCode != StatusCodes.Status200OK || !HttpProtocol.IsHttp2(context.Request.Protocol))
        {
            return;
        }

        headers["grpc-status"] = ((int)StatusCode.InvalidArgument).ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["grpc-message"] = Uri.EscapeDataString("The request body is not a valid message for this method.");
    }
}
