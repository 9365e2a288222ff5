using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Domain;

/// <summary>
/// What a call's append-only entries add up to: an entry is effective until a later entry
/// corrects or retracts it; a retraction is never itself an action. Status and outcome are
/// derived from the effective entries only.
/// </summary>
public sealed class CallHistory(IReadOnlyList<CallEntryRecord> entries)
{
    private readonly HashSet<string> _superseded = entries
        .Where(e => e.CorrectsEntryId is not null)
        .Select(e => e.CorrectsEntryId!)
        .ToHashSet(StringComparer.Ordinal);

    public IReadOnlyList<CallEntryRecord> Ordered { get; } =
        [.. entries.OrderBy(e => e.CreateTime).ThenBy(e => e.Id, StringComparer.Ordinal)];

    public bool IsEffective(CallEntryRecord entry) => !entry.Retraction && !_superseded.Contains(entry.Id);

    public bool IsSuperseded(string entryId) => _superseded.Contains(entryId);

    public IEnumerable<CallEntryRecord> Effective => Ordered.Where(IsEffective);

    public IEnumerable<CallEntryRecord> EffectiveOfType(CallEntryType type) => Effective.Where(e => e.Type == type);

    public CallStatus Status
    {
        get
        {
            var last = Effective
                .Where(e => e.Type is CallEntryType.ReferredToDayService or CallEntryType.ClosedNoFurtherAction)
                .OrderBy(e => e.OccurTime)
                .LastOrDefault();
            return last?.Type switch
            {
                CallEntryType.ReferredToDayService => CallStatus.Referred,
                CallEntryType.ClosedNoFurtherAction => CallStatus.Closed,
                _ => CallStatus.Open,
            };
        }
    }

    /// <summary>The strongest outcome: placement, then decision, referral, closing, advice.</summary>
    public CallOutcome Outcome
    {
        get
        {
            var types = Effective.Select(e => e.Type).ToHashSet();
            return types switch
            {
                _ when types.Contains(CallEntryType.EmergencyPlacement) => CallOutcome.EmergencyPlacement,
                _ when types.Contains(CallEntryType.EmergencyDecision) => CallOutcome.EmergencyDecision,
                _ when types.Contains(CallEntryType.ReferredToDayService) => CallOutcome.Referred,
                _ when types.Contains(CallEntryType.ClosedNoFurtherAction) => CallOutcome.ClosedNoAction,
                _ when types.Contains(CallEntryType.AdviceGiven) => CallOutcome.Advice,
                _ => CallOutcome.Unspecified,
            };
        }
    }

    /// <summary>
    /// Whether the municipality's day service must act: unless the unit only gave advice or
    /// closed the call, it must (a call with no outcome yet included).
    /// </summary>
    public bool FollowUpRequired => Outcome is not (CallOutcome.Advice or CallOutcome.ClosedNoAction);

    /// <summary>Effective emergency decisions, placements included.</summary>
    public IEnumerable<CallEntryRecord> EmergencyDecisions =>
        Effective.Where(e => e.Type is CallEntryType.EmergencyDecision or CallEntryType.EmergencyPlacement);

    /// <summary>A call-out's length in whole minutes (a started minute that did not end is not counted).</summary>
    public static long Minutes(CallEntryRecord callOut) =>
        callOut.EndTime is { } end ? (long)Math.Floor((end - callOut.OccurTime).TotalMinutes) : 0;
}
