using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Domain;

/// <summary>
/// Counts a set of calls over a time window [start, end): calls by their receive time,
/// call-outs and emergency decisions by when they happened, effective entries only.
/// </summary>
public sealed class UsageCounter(IReadOnlyList<CallRecord> calls, DateTime start, DateTime end)
{
    private bool Inside(DateTime instant) => instant >= start && instant < end;

    public IReadOnlyList<CallRecord> CallsReceived { get; } =
        [.. calls.Where(c => c.ReceiveTime >= start && c.ReceiveTime < end).OrderBy(c => c.ReceiveTime)];

    public IEnumerable<(CallRecord Call, CallEntryRecord Entry)> CallOuts =>
        Entries(h => h.EffectiveOfType(CallEntryType.CallOut));

    public IEnumerable<(CallRecord Call, CallEntryRecord Entry)> EmergencyDecisions =>
        Entries(h => h.EmergencyDecisions);

    public long CallOutMinutes => CallOuts.Sum(x => CallHistory.Minutes(x.Entry));

    private IEnumerable<(CallRecord, CallEntryRecord)> Entries(Func<CallHistory, IEnumerable<CallEntryRecord>> pick) =>
        calls.SelectMany(c => pick(new CallHistory(c.Entries)).Where(e => Inside(e.OccurTime)).Select(e => (c, e)))
            .OrderBy(x => x.e.OccurTime);
}
