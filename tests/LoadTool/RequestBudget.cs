namespace Intermunicipal.LoadTool;

/// <summary>
/// The --requests budget, shared by the workers; unlimited when running for a duration. A worker
/// takes a whole step's worth at once, so the budget's end may cut a step short.
/// </summary>
public sealed class RequestBudget(long? limit)
{
    private long _taken;

    /// <summary>Up to <paramref name="wanted"/> requests; 0 when the budget is spent.</summary>
    public int Take(int wanted)
    {
        while (limit is { } max)
        {
            var before = Volatile.Read(ref _taken);
            var granted = (int)Math.Min(wanted, max - before);
            if (granted <= 0 || Interlocked.CompareExchange(ref _taken, before + granted, before) == before)
            {
                return Math.Max(granted, 0);
            }
        }

        return wanted;
    }

    /// <summary>Gives back what a step was granted but did not send (it stopped after a failure).</summary>
    public void Return(int unused) => Interlocked.Add(ref _taken, -unused);
}
