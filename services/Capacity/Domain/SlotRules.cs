using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.Domain;

/// <summary>
/// Whether a municipality may start a treatment: a slot is never given twice. A new treatment
/// holds its slot from its start on; because starts may be recorded after the fact, it is judged
/// on its start date and on every later date where another treatment started (the only days
/// occupancy grows), so a back-dated start can never overfill a day that has since been filled.
/// </summary>
public static class SlotRules
{
    public const string NotParticipating = "NOT_PARTICIPATING";
    public const string NoFreeSlot = "NO_FREE_SLOT";
    public const string NoOwnSlot = "NO_OWN_SLOT";

    public static SlotRefusal? WhyNotStart(TeamTerms terms, FreeSlotPolicy policy, IEnumerable<TreatmentSpan> others,
        string municipalityNumber, DateOnly startDate)
    {
        var treatments = others.ToList();
        var checkpoints = treatments.Select(t => t.StartDate).Where(d => d > startDate).Append(startDate).Distinct().Order();
        return checkpoints.Select(day => WhyNotOn(terms, policy, treatments, municipalityNumber, day)).FirstOrDefault(r => r is not null);
    }

    /// <summary>How many new treatments the municipality could start on the date (0 when it takes no part then).</summary>
    public static int AvailableOn(TeamTerms terms, FreeSlotPolicy policy, IEnumerable<TreatmentSpan> treatments, string municipalityNumber, DateOnly date)
    {
        if (!terms.ParticipatesOn(municipalityNumber, date))
        {
            return 0;
        }

        var occupying = treatments.Where(t => t.Occupies(date)).ToList();
        var free = Math.Max(0, terms.CapacityOn(date) - occupying.Count);
        return LendsFreeSlots(policy)
            ? free
            : Math.Min(free, Math.Max(0, terms.HeldOn(municipalityNumber, date) - occupying.Count(t => t.MunicipalityNumber == municipalityNumber)));
    }

    /// <summary>Only an explicit sharing policy lends slots; an unset policy is the strict one.</summary>
    public static bool LendsFreeSlots(FreeSlotPolicy policy) => policy == FreeSlotPolicy.ShareFreeSlots;

    private static SlotRefusal? WhyNotOn(TeamTerms terms, FreeSlotPolicy policy, List<TreatmentSpan> treatments, string municipality, DateOnly day)
    {
        if (!terms.ParticipatesOn(municipality, day))
        {
            return SlotRefusal.NotParticipating(municipality, day);
        }

        var occupied = treatments.Count(t => t.Occupies(day));
        var capacity = terms.CapacityOn(day);
        if (occupied + 1 > capacity)
        {
            return SlotRefusal.NoFreeSlot(capacity, day);
        }

        var own = treatments.Count(t => t.MunicipalityNumber == municipality && t.Occupies(day));
        var held = terms.HeldOn(municipality, day);
        return !LendsFreeSlots(policy) && own + 1 > held ? SlotRefusal.NoOwnSlot(municipality, held, own, day) : null;
    }
}
