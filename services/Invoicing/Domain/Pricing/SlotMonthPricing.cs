using System.Globalization;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Domain.Pricing;

/// <summary>
/// Per allocated slot per month, used or not: one line per calendar month, billing slot-days
/// against the price per slot-month with the month's days as base quantity. A whole month of two
/// slots is 2 × 30 slot-days / 30 = 2 slot-months; a part month is pro rata by days, exactly.
/// </summary>
public static class SlotMonthPricing
{
    public static IEnumerable<PricedLine> Price(ServiceLine line, PriceIndex index, DateRange days, IEnumerable<AllocationItem> allocations, bool late = false)
    {
        var held = allocations.Where(a => a.SlotCount > 0).ToList();
        foreach (var month in days.ByMonth())
        {
            var parts = held
                .Select(a => a.Days.Intersect(month) is { } d ? new BilledPart(a.Source, d, (long)a.SlotCount * d.Days) : null)
                .OfType<BilledPart>().OrderBy(p => p.Source, StringComparer.Ordinal).ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var daysInMonth = DateTime.DaysInMonth(month.First.Year, month.First.Month);
            var price = index.Apply(line.PerAllocatedSlotMonth.PricePerSlotMonthOre, month.First.Year);
            var slotDays = parts.Sum(p => p.Quantity);
            yield return new PricedLine
            {
                ServiceLine = line.LineId,
                Description = line.Description,
                KostraFunction = line.KostraFunction,
                Quantity = slotDays,
                UnitCode = UnitCodes.Day,
                UnitPriceOre = price,
                BaseQuantity = daysInMonth,
                Period = month,
                Late = late,
                Items = parts,
                Basis = new LineBasis
                {
                    PriceModel = "per_allocated_slot_month",
                    BasePriceOre = line.PerAllocatedSlotMonth.PricePerSlotMonthOre,
                    IndexFactorPpm = index.FactorPpmFor(month.First.Year),
                    UsageItemCount = parts.Count,
                    Explanation = string.Create(CultureInfo.InvariantCulture,
                        $"{slotDays} plassdøgn tildelt {month} / {daysInMonth} dager × {price} øre per plass per måned"),
                },
            };
        }
    }
}
