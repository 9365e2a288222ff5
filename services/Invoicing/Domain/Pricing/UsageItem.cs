using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Domain.Pricing;

/// <summary>
/// One piece of usage as the owning service reports it, under its stable id: a call, a call-out
/// (with its minutes), a started treatment (on its start day), or the days a treatment held a slot.
/// </summary>
/// <param name="Quantity">1 per call, call-out or start; minutes for call-out hours; slot-days for a treatment's days.</param>
public sealed record UsageItem(string Source, UsageUnit Unit, DateRange Days, long Quantity)
{
    /// <summary>The part of the item within <paramref name="range"/>; slot-days are cut to it, other items kept whole when their day is in it.</summary>
    public UsageItem? Within(DateRange range) =>
        Days.Intersect(range) is not { } days ? null
        : Unit == UsageUnit.SlotDay ? this with { Days = days, Quantity = days.Days }
        : days == Days ? this : null;
}

/// <summary>A partner's holding of slots in a team for some days, under the allocation's id.</summary>
public sealed record AllocationItem(string Source, int SlotCount, DateRange Days);

/// <summary>What a line billed of one item: the exactly-once record.</summary>
public sealed record BilledPart(string Source, DateRange Days, long Quantity);
