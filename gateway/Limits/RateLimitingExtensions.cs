using System.Threading.RateLimiting;
using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Grpc;
using Intermunicipal.Hosting.Security;

namespace Intermunicipal.Gateway.Limits;

public static class RateLimitingExtensions
{
    public const string PerCallerPolicy = "per-caller";

    /// <summary>
    /// A token bucket per caller (the token's subject and municipality, or the client address when
    /// there is no token) on the proxied routes, and a larger one per client address on everything;
    /// an empty bucket answers RESOURCE_EXHAUSTED at once, nothing is queued.
    /// </summary>
    public static WebApplicationBuilder AddPerCallerRateLimiting(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PerCallerPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                CallerKey(context), _ => Bucket(options.PermitsPerSecond, options.BurstLimit)));

            // Every request, proxied or served by the gateway itself (health, reflection, development
            // tokens), also counts against its client address, so nothing at the door is unlimited.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetTokenBucketLimiter(
                $"address/{context.Connection.RemoteIpAddress}", _ => Bucket(options.PerAddressPermitsPerSecond, options.PerAddressBurstLimit)));
            limiter.OnRejected = (context, _) => new ValueTask(Reject(context.HttpContext));
        });
        return builder;
    }

    /// <summary>RESOURCE_EXHAUSTED for gRPC callers; plain HTTP 429 for the rest (the token endpoint).</summary>
    private static Task Reject(HttpContext context)
    {
        if (GrpcWire.IsGrpc(context.Request))
        {
            return GrpcStatusResponse.WriteAsync(context, StatusCode.ResourceExhausted, "Too many requests from this caller; slow down and retry.");
        }

        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = "1";
        return Task.CompletedTask;
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond, int burst) => new()
    {
        TokenLimit = burst,
        TokensPerPeriod = perSecond,
        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static string CallerKey(HttpContext context)
    {
        var caller = Caller.From(context.User);
        return caller.Subject.Length > 0
            ? $"{caller.MunicipalityNumber}/{caller.Subject}"
            : $"address/{context.Connection.RemoteIpAddress}";
    }
}
