namespace Intermunicipal.LoadTool.Workloads;

/// <summary>
/// What each worker repeats until the duration or request budget is spent: a step of one or more
/// RPCs, each timed under its own operation name.
/// </summary>
public interface IWorkload
{
    /// <summary>The RPCs one step sends when all succeed.</summary>
    int StepCost { get; }

    /// <summary>Untimed set-up before the clock starts (seed data, a team of its own).</summary>
    Task PrepareAsync(int workers, CancellationToken cancel);

    /// <summary>One step of worker <paramref name="worker"/>, sending at most <paramref name="granted"/> RPCs; returns how many it sent.</summary>
    Task<int> StepAsync(int worker, int granted, LatencyRecorder recorder);
}
