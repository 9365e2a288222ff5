using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Domain;

/// <summary>
/// Counts a set of calls over a time window [start, end): calls by their receive time,
/// call-outs and emergency decisions by when they happened, effective entries only.
/// Each call's history is worked out once, here, and only for calls that have entries: a year's
/// usage is mostly calls that were only received, and billing reads a million of them.
/// </summary>
public sealed class UsageCounter
{
    public UsageCounter(IReadOnlyList<CountedCall> calls, DateTime start, DateTime end)
    {
        bool Inside(DateTime instant) => instant >= start && instant < end;

        var histories = calls.Where(c => c.Entries.Count > 0).Select(c => (Call: c, History: new CallHistory(c.Entries))).ToList();
        CallsReceived = ByReceiveTime([.. calls.Where(c => Inside(c.ReceiveTime))]);
        _outcomes = histories.ToDictionary(x => x.Call.Id, x => x.History.Outcome, StringComparer.Ordinal);
        CallOuts = Entries(histories, h => h.EffectiveOfType(CallEntryType.CallOut), Inside);
        EmergencyDecisions = Entries(histories, h => h.EmergencyDecisions, Inside);
        CallOutMinutes = CallOuts.Sum(x => CallHistory.Minutes(x.Entry));
    }

    public IReadOnlyList<CountedCall> CallsReceived { get; }

    public IReadOnlyList<(CountedCall Call, CallEntryRecord Entry)> CallOuts { get; }

    public IReadOnlyList<(CountedCall Call, CallEntryRecord Entry)> EmergencyDecisions { get; }

    public long CallOutMinutes { get; }

    private readonly Dictionary<string, CallOutcome> _outcomes;

    /// <summary>A counted call's outcome (none yet for a call without entries).</summary>
    public CallOutcome OutcomeOf(string callId) => _outcomes.GetValueOrDefault(callId, CallOutcome.Unspecified);

    /// <summary>The calls in the order they came in; the usage query reads them so, and then they are not sorted again.</summary>
    private static List<CountedCall> ByReceiveTime(List<CountedCall> calls)
    {
        for (var i = 1; i < calls.Count; i++)
        {
            if (calls[i].ReceiveTime < calls[i - 1].ReceiveTime)
            {
                return [.. calls.OrderBy(c => c.ReceiveTime)];
            }
        }

        return calls;
    }

    private static List<(CountedCall Call, CallEntryRecord Entry)> Entries(
        IEnumerable<(CountedCall Call, CallHistory History)> histories,
        Func<CallHistory, IEnumerable<CallEntryRecord>> pick, Func<DateTime, bool> inside) =>
        [.. histories
            .SelectMany(x => pick(x.History).Where(e => inside(e.OccurTime)).Select(e => (x.Call, e)))
            .OrderBy(x => x.e.OccurTime)];
}
