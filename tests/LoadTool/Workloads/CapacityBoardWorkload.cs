using Intermunicipal.Capacity.V1;

namespace Intermunicipal.LoadTool.Workloads;

/// <summary>GetCapacityBoard of one team for today: what every coordinator's screen asks for.</summary>
public sealed class CapacityBoardWorkload(CapacityService.CapacityServiceClient client, TimedRpc rpc, string team) : IWorkload
{
    public const string Board = "GetCapacityBoard";

    public int StepCost => 1;

    public Task PrepareAsync(int workers, CancellationToken cancel) => Task.CompletedTask;

    public async Task<int> StepAsync(int worker, int granted, LatencyRecorder recorder)
    {
        await rpc.SendAsync(recorder, Board, o => client.GetCapacityBoardAsync(new GetCapacityBoardRequest { Team = team }, o));
        return 1;
    }
}
