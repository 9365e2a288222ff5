using System.Diagnostics;
using Grpc.Core;

namespace Intermunicipal.LoadTool;

/// <summary>
/// Sends one unary RPC with the run's credentials and deadline, and records its latency (when OK)
/// or its failure by gRPC status code in the worker's recorder.
/// </summary>
/// <param name="clock">The services' "now", for the dates the requests carry. Deadlines are real
/// time whatever it says: the transport enforces them on the system clock.</param>
public sealed class TimedRpc(Metadata headers, TimeProvider clock)
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    public TimeProvider Clock => clock;

    /// <summary>Options for an untimed call, such as set-up before the run.</summary>
    public CallOptions Options() => new(headers, DateTime.UtcNow + Deadline);

    /// <summary>ABORTED means "retry with the same request_id" (a change lost a race); a good client does, a few times.</summary>
    private const int MostAttempts = 3;

    /// <summary>The response, or null when the RPC failed (the failure is recorded, not thrown). The latency includes any retries.</summary>
    public async Task<T?> SendAsync<T>(LatencyRecorder recorder, string operation, Func<CallOptions, AsyncUnaryCall<T>> send)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await SendWithRetriesAsync(send);
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

    // The same request object is sent again, so its request_id is the same and the service answers a
    // change that did commit as it did the first time.
    private async Task<T> SendWithRetriesAsync<T>(Func<CallOptions, AsyncUnaryCall<T>> send)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await send(Options());
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Aborted && attempt < MostAttempts)
            {
            }
        }
    }
}
