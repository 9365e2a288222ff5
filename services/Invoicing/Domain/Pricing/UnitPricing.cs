using System.Globalization;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Domain.Pricing;

/// <summary>
/// Per unit used: the items of the line's unit in the days priced, one line per year (the index
/// may differ), each item counted once. Call-out hours are billed by the minute against a price per
/// hour (base quantity 60), so the amount is exact.
/// </summary>
public static class UnitPricing
{
    public static IEnumerable<PricedLine> Price(ServiceLine line, PriceIndex index, DateRange days, IEnumerable<UsageItem> usage, bool late = false)
    {
        var unit = line.PerUnit.Unit;
        var items = usage.Where(i => i.Unit == unit).Select(i => i.Within(days)).OfType<UsageItem>().ToList();
        foreach (var year in days.ByYear())
        {
            var inYear = year == days ? items : items.Select(i => i.Within(year)).OfType<UsageItem>().ToList();
            BySource(inYear);
            if (inYear.Count == 0)
            {
                continue;
            }

            var price = index.Apply(line.PerUnit.UnitPriceOre, year.First.Year);
            var quantity = inYear.Sum(i => i.Quantity);
            yield return new PricedLine
            {
                ServiceLine = line.LineId,
                Description = line.Description,
                KostraFunction = line.KostraFunction,
                Quantity = quantity,
                UnitCode = UnitCodeOf(unit),
                UnitPriceOre = price,
                BaseQuantity = unit == UsageUnit.CallOutHour ? 60 : 1,
                // A late line shows the days its usage happened, not the whole span looked back over.
                Period = late ? new DateRange(inYear.Min(i => i.Days.First), inYear.Max(i => i.Days.Last)) : year,
                Late = late,
                Items = [.. inYear.Select(i => new BilledPart(i.Source, i.Days, i.Quantity))],
                Basis = new LineBasis
                {
                    PriceModel = "per_unit",
                    BasePriceOre = line.PerUnit.UnitPriceOre,
                    IndexFactorPpm = index.FactorPpmFor(year.First.Year),
                    UsageItemCount = inYear.Count,
                    Explanation = Explain(unit, quantity, price, year),
                },
            };
        }
    }

    /// <summary>Items in the order of their sources, so a line's basis reads the same however the source listed them.</summary>
    private static void BySource(List<UsageItem> items)
    {
        static int Compare(UsageItem a, UsageItem b)
        {
            var bySource = string.CompareOrdinal(a.Source, b.Source);
            return bySource != 0 ? bySource : a.Days.First.CompareTo(b.Days.First);
        }

        if (!ListOrder.IsSorted(items, Compare))
        {
            items.Sort(Compare);
        }
    }

    private static string UnitCodeOf(UsageUnit unit) => unit switch
    {
        UsageUnit.CallOutHour => UnitCodes.Minute,
        UsageUnit.SlotDay => UnitCodes.Day,
        _ => UnitCodes.One,
    };

    private static string Explain(UsageUnit unit, long quantity, long price, DateRange year)
    {
        var what = unit switch
        {
            UsageUnit.Call => "henvendelser",
            UsageUnit.CallOut => "utrykninger",
            UsageUnit.CallOutHour => "minutter utrykning",
            UsageUnit.SlotDay => "plassdøgn",
            _ => "påbegynte behandlinger",
        };
        var per = unit == UsageUnit.CallOutHour ? "per time" : "per enhet";
        return string.Create(CultureInfo.InvariantCulture, $"{quantity} {what} {year} à {price} øre {per}");
    }
}
