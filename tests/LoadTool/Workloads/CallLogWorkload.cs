using Grpc.Core;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.LoadTool.Workloads;

/// <summary>LogCall, GetCall, or a LogCall followed by a GetCall of the call just logged.</summary>
public sealed class CallLogWorkload(OnCallService.OnCallServiceClient client, TimedRpc rpc, CallFactory calls, Operation operation) : IWorkload
{
    public const string Log = "LogCall";
    public const string Get = "GetCall";

    private string[]? _seeds;

    public int StepCost => operation == Operation.Mixed ? 2 : 1;

    /// <summary>For --operation get: one call per worker to read, logged before the clock starts.</summary>
    public async Task PrepareAsync(int workers, CancellationToken cancel)
    {
        if (operation != Operation.Get)
        {
            return;
        }

        try
        {
            _seeds = await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
                (await client.LogCallAsync(calls.LogCall(), rpc.Options())).Call.Name));
        }
        catch (RpcException e)
        {
            throw new InvalidOperationException($"Could not log the seed calls for --operation get: {e.StatusCode}: {e.Status.Detail}", e);
        }
    }

    public async Task<int> StepAsync(int worker, int granted, LatencyRecorder recorder)
    {
        if (_seeds is not null)
        {
            await rpc.SendAsync(recorder, Get, o => client.GetCallAsync(CallFactory.GetCall(_seeds[worker]), o));
            return 1;
        }

        var logged = await rpc.SendAsync(recorder, Log, o => client.LogCallAsync(calls.LogCall(), o));
        if (granted < 2 || logged?.Call is not { } call)
        {
            return 1; // A lone log at the end of the budget, or nothing to get.
        }

        await rpc.SendAsync(recorder, Get, o => client.GetCallAsync(CallFactory.GetCall(call.Name), o));
        return 2;
    }
}
