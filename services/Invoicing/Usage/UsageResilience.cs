using Grpc.Core;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;

namespace Intermunicipal.Invoicing.Usage;

/// <summary>
/// The resilience pipeline around every usage call: retries with exponential back-off and jitter on
/// transient gRPC codes only (UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, ABORTED) and on a
/// failed connection, and a circuit breaker that stops hammering a source that keeps failing. The
/// per-attempt deadline is the gRPC deadline itself (<see cref="UsageSources"/>). It runs on the
/// system clock: back-off is real waiting, whatever clock the service bills by.
/// </summary>
public static class UsageResilience
{
    public const string PipelineName = "usage-sources";

    private static readonly StatusCode[] Transient = [StatusCode.Unavailable, StatusCode.DeadlineExceeded, StatusCode.ResourceExhausted, StatusCode.Aborted];

    public static IServiceCollection AddUsageResilience(this IServiceCollection services) =>
        services.AddResiliencePipeline(PipelineName, (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<UsageSourceOptions>>().Value;
            var shouldHandle = new PredicateBuilder()
                .Handle<RpcException>(e => Transient.Contains(e.StatusCode))
                .Handle<HttpRequestException>();
            builder.TimeProvider = TimeProvider.System;
            builder
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = shouldHandle,
                    MaxRetryAttempts = options.Retries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                })
                .AddCircuitBreaker(new CircuitBreakerStrategyOptions
                {
                    ShouldHandle = shouldHandle,
                    FailureRatio = 0.5,
                    MinimumThroughput = options.BreakerMinimumThroughput,
                    SamplingDuration = TimeSpan.FromSeconds(30),
                    BreakDuration = options.BreakDuration,
                });
        });
}
