using System.Globalization;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Domain.Pricing;

/// <summary>
/// An agreement's minimum or cap per billing period for a service line: when the period's lines
/// for it sum to less than the minimum, a line adds the difference; when more than the cap, a
/// line takes the excess off. The usage lines stay as they are, so the basis stays visible.
/// </summary>
public static class PeriodLimits
{
    public static PricedLine? Adjustment(ServiceLine line, DateRange billingPeriod, IEnumerable<PricedLine> linesOfPeriod)
    {
        var sum = linesOfPeriod.Sum(l => l.AmountOre);
        var (model, text, difference) = sum switch
        {
            _ when line.HasMinimumPerPeriodOre && sum < line.MinimumPerPeriodOre =>
                ("minimum", Explain("Minstebeløp", line.MinimumPerPeriodOre, billingPeriod, sum), line.MinimumPerPeriodOre - sum),
            _ when line.HasCapPerPeriodOre && sum > line.CapPerPeriodOre =>
                ("cap", Explain("Tak", line.CapPerPeriodOre, billingPeriod, sum), line.CapPerPeriodOre - sum),
            _ => ("", "", 0L),
        };
        return difference == 0 ? null : new PricedLine
        {
            ServiceLine = line.LineId,
            Description = line.Description + (difference > 0 ? " – minstebeløp" : " – tak"),
            KostraFunction = line.KostraFunction,
            Quantity = 1,
            UnitCode = UnitCodes.One,
            UnitPriceOre = difference,
            Period = billingPeriod,
            Basis = new LineBasis { PriceModel = model, Explanation = text },
        };
    }

    private static string Explain(string limit, long limitOre, DateRange period, long sum) =>
        string.Create(CultureInfo.InvariantCulture, $"{limit} {limitOre} øre for {period}; beregnet {sum} øre");
}
