using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.LoadTool;

/// <summary>The outcome of a run: every worker's samples merged, and the wall time the workers took.</summary>
public sealed record RunResult(LatencyRecorder Samples, TimeSpan Elapsed);

/// <summary>Runs <see cref="LoadOptions.Concurrency"/> workers until the duration or request budget is spent.</summary>
public sealed class LoadRunner(LoadOptions options, TimeProvider clock)
{
    public const string Log = "LogCall";
    public const string Get = "GetCall";

    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public async Task<RunResult> RunAsync(CancellationToken cancel)
    {
        using var channel = GrpcChannel.ForAddress(options.Target, new GrpcChannelOptions
        {
            // Beyond 100 streams per connection, open more connections instead of queueing.
            HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true },
        });
        var session = new Session(
            new OnCallService.OnCallServiceClient(channel),
            new Metadata { { "authorization", $"Bearer {Credentials.BearerToken(options, clock)}" } },
            new CallFactory(options, clock));
        var seeds = options.Operation == Operation.Get ? await SeedAsync(session) : null;

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var budget = new Budget(options.Requests);
        var recorders = Enumerable.Range(0, options.Concurrency).Select(_ => new LatencyRecorder()).ToArray();
        var started = Stopwatch.GetTimestamp();
        if (options.Duration is { } duration)
        {
            stop.CancelAfter(duration);
        }

        var workers = recorders.Select((recorder, i) =>
            Task.Run(() => WorkAsync(session, recorder, budget, seeds?[i], stop.Token), CancellationToken.None));
        await Task.WhenAll(workers);
        return new RunResult(LatencyRecorder.Merge(recorders), Stopwatch.GetElapsedTime(started));
    }

    // Stopping only between requests: a request in flight when time is up completes and is counted.
    private async Task WorkAsync(Session session, LatencyRecorder recorder, Budget budget, string? seed, CancellationToken stop)
    {
        var cost = options.Operation == Operation.Mixed ? 2 : 1;
        while (!stop.IsCancellationRequested && budget.Take(cost) is var granted and > 0)
        {
            if (seed is not null)
            {
                await TimedAsync(recorder, Get, o => session.Client.GetCallAsync(CallFactory.GetCall(seed), o), session);
                continue;
            }

            var logged = await TimedAsync(recorder, Log, o => session.Client.LogCallAsync(session.Factory.LogCall(), o), session);
            if (granted == 2 && logged?.Call is { } call)
            {
                await TimedAsync(recorder, Get, o => session.Client.GetCallAsync(CallFactory.GetCall(call.Name), o), session);
            }
            else if (granted == 2)
            {
                budget.Return(1); // The log failed, so there is nothing to get.
            }
        }
    }

    private async Task<T?> TimedAsync<T>(LatencyRecorder recorder, string operation, Func<CallOptions, AsyncUnaryCall<T>> send, Session session)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await send(new CallOptions(session.Headers, clock.GetUtcNow().UtcDateTime + Deadline));
            recorder.Success(operation, Stopwatch.GetTimestamp() - started);
            return response;
        }
        catch (RpcException e)
        {
            recorder.Failure(operation, e.StatusCode.ToString());
        }
        catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
        {
            recorder.Failure(operation, e.GetType().Name);
        }

        return null;
    }

    /// <summary>For --operation get: one call per worker to read, logged before the clock starts.</summary>
    private async Task<string[]> SeedAsync(Session session)
    {
        try
        {
            var logged = await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async _ =>
                (await session.Client.LogCallAsync(session.Factory.LogCall(),
                    new CallOptions(session.Headers, clock.GetUtcNow().UtcDateTime + Deadline))).Call.Name));
            return logged;
        }
        catch (RpcException e)
        {
            throw new InvalidOperationException($"Could not log the seed calls for --operation get: {e.StatusCode}: {e.Status.Detail}", e);
        }
    }

    private sealed record Session(OnCallService.OnCallServiceClient Client, Metadata Headers, CallFactory Factory);

    /// <summary>
    /// The --requests budget, shared by the workers; unlimited when running for a duration. A mixed
    /// worker takes a log and its get together, so an odd budget ends with a lone log.
    /// </summary>
    private sealed class Budget(long? limit)
    {
        private long taken;

        public int Take(int wanted)
        {
            while (limit is { } max)
            {
                var before = Volatile.Read(ref taken);
                var granted = (int)Math.Min(wanted, max - before);
                if (granted <= 0 || Interlocked.CompareExchange(ref taken, before + granted, before) == before)
                {
                    return Math.Max(granted, 0);
                }
            }

            return wanted;
        }

        public void Return(int unused) => Interlocked.Add(ref taken, -unused);
    }
}
