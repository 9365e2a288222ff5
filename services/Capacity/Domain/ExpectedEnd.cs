using Intermunicipal.Capacity.Infrastructure.Entities;

namespace Intermunicipal.Capacity.Domain;

/// <summary>When a treatment's slot frees: the day after its end, its planned end, or its typical length.</summary>
public static class ExpectedEnd
{
    public static DateOnly FreeDate(ReferralRecord treatment, int typicalDurationDays) =>
        treatment.EndDate?.AddDays(1)
        ?? treatment.PlannedEndDate?.AddDays(1)
        ?? treatment.StartDate?.AddDays(typicalDurationDays)
        ?? throw new ArgumentException("A referral that has not started holds no slot.", nameof(treatment));
}
