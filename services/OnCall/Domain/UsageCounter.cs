using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Domain;

/// <summary>
/// Counts a set of calls over a time window [start, end): calls by their receive time,
/// call-outs and emergency decisions by when they happened, effective entries only.
/// Each call's history is worked out once, here.
/// </summary>
public sealed class UsageCounter
{
    public UsageCounter(IReadOnlyList<CallRecord> calls, DateTime start, DateTime end)
    {
        bool Inside(DateTime instant) => instant >= start && instant < end;

        var histories = calls.Select(c => (Call: c, History: new CallHistory(c.Entries))).ToList();
        CallsReceived = [.. histories.Where(x => Inside(x.Call.ReceiveTime)).OrderBy(x => x.Call.ReceiveTime).Select(x => x.Call)];
        Outcomes = histories.ToDictionary(x => x.Call.Id, x => x.History.Outcome);
        CallOuts = Entries(histories, h => h.EffectiveOfType(CallEntryType.CallOut), Inside);
        EmergencyDecisions = Entries(histories, h => h.EmergencyDecisions, Inside);
        CallOutMinutes = CallOuts.Sum(x => CallHistory.Minutes(x.Entry));
    }

    public IReadOnlyList<CallRecord> CallsReceived { get; }

    public IReadOnlyList<(CallRecord Call, CallEntryRecord Entry)> CallOuts { get; }

    public IReadOnlyList<(CallRecord Call, CallEntryRecord Entry)> EmergencyDecisions { get; }

    public long CallOutMinutes { get; }

    /// <summary>Each counted call's outcome, by call id.</summary>
    public IReadOnlyDictionary<string, CallOutcome> Outcomes { get; }

    private static List<(CallRecord Call, CallEntryRecord Entry)> Entries(
        IEnumerable<(CallRecord Call, CallHistory History)> histories,
        Func<CallHistory, IEnumerable<CallEntryRecord>> pick, Func<DateTime, bool> inside) =>
        [.. histories
            .SelectMany(x => pick(x.History).Where(e => inside(e.OccurTime)).Select(e => (x.Call, e)))
            .OrderBy(x => x.e.OccurTime)];
}
