using System.Threading.RateLimiting;
using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;

namespace Intermunicipal.Gateway.Limits;

public static class RateLimitingExtensions
{
    public const string PerCallerPolicy = "per-caller";

    /// <summary>
    /// A token bucket per caller (the token's subject and municipality, or the client address when
    /// there is no token); an empty bucket answers RESOURCE_EXHAUSTED at once, nothing is queued.
    /// </summary>
    public static WebApplicationBuilder AddPerCallerRateLimiting(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(PerCallerPolicy, context => RateLimitPartition.GetTokenBucketLimiter(
                CallerKey(context),
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.BurstLimit,
                    TokensPerPeriod = options.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = (context, _) => new ValueTask(GrpcStatusResponse.WriteAsync(context.HttpContext,
                StatusCode.ResourceExhausted, "Too many requests from this caller; slow down and retry."));
        });
        return builder;
    }

    private static string CallerKey(HttpContext context)
    {
        var caller = Caller.From(context.User);
        return caller.Subject.Length > 0
            ? $"{caller.MunicipalityNumber}/{caller.Subject}"
            : $"address/{context.Connection.RemoteIpAddress}";
    }
}
