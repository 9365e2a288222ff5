using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Intermunicipal.Capacity.V1;
using Intermunicipal.LoadTool.Workloads;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.LoadTool;

/// <summary>The outcome of a run: every worker's samples merged, and the wall time the workers took.</summary>
public sealed record RunResult(LatencyRecorder Samples, TimeSpan Elapsed);

/// <summary>Runs <see cref="LoadOptions.Concurrency"/> workers until the duration or request budget is spent.</summary>
/// <param name="clock">The services' "now": when calls are received, the day treatments start.
/// Tokens and deadlines always use the system clock.</param>
public sealed class LoadRunner(LoadOptions options, TimeProvider clock)
{
    public async Task<RunResult> RunAsync(CancellationToken cancel)
    {
        using var channel = GrpcChannel.ForAddress(options.Target, new GrpcChannelOptions
        {
            // Beyond 100 streams per connection, open more connections instead of queueing.
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
        var workload = WorkloadFor(channel);
        await workload.PrepareAsync(options.Concurrency, cancel);

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var budget = new RequestBudget(options.Requests);
        var recorders = Enumerable.Range(0, options.Concurrency).Select(_ => new LatencyRecorder()).ToArray();
        var started = Stopwatch.GetTimestamp();
        if (options.Duration is { } duration)
        {
            stop.CancelAfter(duration);
        }

        var workers = recorders.Select((recorder, i) =>
            Task.Run(() => WorkAsync(workload, i, recorder, budget, stop.Token), CancellationToken.None));
        await Task.WhenAll(workers);
        return new RunResult(LatencyRecorder.Merge(recorders), Stopwatch.GetElapsedTime(started));
    }

    private IWorkload WorkloadFor(GrpcChannel channel)
    {
        var rpc = new TimedRpc(new Metadata { { "authorization", $"Bearer {Credentials.BearerToken(options)}" } }, clock);
        return options.Operation switch
        {
            Operation.Board => new CapacityBoardWorkload(new CapacityService.CapacityServiceClient(channel), rpc, options.Team),
            Operation.Treatment => new TreatmentCycleWorkload(new CapacityService.CapacityServiceClient(channel), rpc),
            _ => new CallLogWorkload(new OnCallService.OnCallServiceClient(channel), rpc, new CallFactory(options, clock), options.Operation),
        };
    }

    // Stopping only between steps: a step in flight when time is up completes and is counted.
    private static async Task WorkAsync(IWorkload workload, int worker, LatencyRecorder recorder, RequestBudget budget, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested && budget.Take(workload.StepCost) is var granted and > 0)
        {
            var sent = await workload.StepAsync(worker, granted, recorder);
            budget.Return(granted - sent);
        }
    }
}
