namespace Intermunicipal.Capacity.Grpc;

/// <summary>
/// Wakes this instance's board watchers as soon as this instance commits a change. Changes made
/// by other instances are found by the watchers' polling of team versions in the database, so
/// this is only a shortcut, never what correctness rests on.
/// </summary>
public sealed class BoardSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next pulse.</summary>
    public Task NextAsync() => Volatile.Read(ref _next).Task;

    public void Pulse() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
