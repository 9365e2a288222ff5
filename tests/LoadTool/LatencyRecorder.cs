namespace Intermunicipal.LoadTool;

/// <summary>
/// One worker's samples: the Stopwatch ticks of each OK request and the count of failures by
/// status code, per operation. Each worker owns one, so nothing is locked; they are merged at the end.
/// </summary>
public sealed class LatencyRecorder
{
    private readonly Dictionary<string, List<long>> latencies = [];
    private readonly Dictionary<(string Operation, string Status), long> errors = [];

    public IReadOnlyDictionary<string, List<long>> Latencies => latencies;

    public IReadOnlyDictionary<(string Operation, string Status), long> Errors => errors;

    public IEnumerable<string> Operations => latencies.Keys.Union(errors.Keys.Select(k => k.Operation));

    public long Succeeded => latencies.Values.Sum(l => (long)l.Count);

    public long Failed => errors.Values.Sum();

    public void Success(string operation, long elapsedTicks)
    {
        if (!latencies.TryGetValue(operation, out var list))
        {
            latencies[operation] = list = new List<long>(1024);
        }

        list.Add(elapsedTicks);
    }

    public void Failure(string operation, string status) =>
        errors[(operation, status)] = errors.GetValueOrDefault((operation, status)) + 1;

    public long FailedOf(string operation) => errors.Where(e => e.Key.Operation == operation).Sum(e => e.Value);

    public static LatencyRecorder Merge(IEnumerable<LatencyRecorder> parts)
    {
        var all = new LatencyRecorder();
        foreach (var part in parts)
        {
            foreach (var (operation, list) in part.latencies)
            {
                if (!all.latencies.TryGetValue(operation, out var merged))
                {
                    all.latencies[operation] = merged = new List<long>(list.Count);
                }

                merged.AddRange(list);
            }

            foreach (var (key, count) in part.errors)
            {
                all.errors[key] = all.errors.GetValueOrDefault(key) + count;
            }
        }

        return all;
    }
}
