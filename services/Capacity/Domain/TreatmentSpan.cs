using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.Domain;

/// <summary>The days a treatment holds a slot: its first and last day, inclusive (no last day while open).</summary>
public readonly record struct TreatmentSpan(string MunicipalityNumber, DateOnly StartDate, DateOnly? EndDate)
{
    public bool Occupies(DateOnly date) => StartDate <= date && (EndDate is not { } end || date <= end);

    /// <summary>The span of a started referral; null for one still waiting or withdrawn.</summary>
    public static TreatmentSpan? Of(ReferralRecord referral) =>
        referral is { StartDate: { } start, State: ReferralState.Active or ReferralState.Completed or ReferralState.Discontinued }
            ? new TreatmentSpan(referral.MunicipalityNumber, start, referral.EndDate)
            : null;
}
