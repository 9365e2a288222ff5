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

    /// <summary>The response, or null when the RPC failed (the failure is recorded, not thrown).</summary>
    public async Task<T?> SendAsync<T>(LatencyRecorder recorder, string operation, Func<CallOptions, AsyncUnaryCall<T>> send)
        where T : class
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await send(Options());
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
}
