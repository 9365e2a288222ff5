using System.Globalization;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Domain.Pricing;

/// <summary>
/// An amount per billing period — a fixed fee, or a cost share's a-konto — for the days of the
/// period the agreement version is in force: the period's amount as unit price, the days in force
/// as quantity and the period's days as base quantity, so a whole period bills the amount exactly
/// and a part period pro rata by days.
/// </summary>
public static class PeriodAmountPricing
{
    public static PricedLine FixedAmount(ServiceLine line, PriceIndex index, DateRange billingPeriod, DateRange daysInForce)
    {
        var year = billingPeriod.First.Year;
        var price = index.Apply(line.FixedAmount.AmountOre, year);
        return Line(line, billingPeriod, daysInForce, price, new LineBasis
        {
            PriceModel = "fixed_amount",
            BasePriceOre = line.FixedAmount.AmountOre,
            IndexFactorPpm = index.FactorPpmFor(year),
            Explanation = string.Create(CultureInfo.InvariantCulture,
                $"Fast beløp {price} øre for {billingPeriod}, {daysInForce.Days} av {billingPeriod.Days} dager"),
        });
    }

    /// <param name="periodShareOre">The partner's a-konto for the whole billing period (its share of the budget, divided by the periods in the year).</param>
    public static PricedLine AKonto(ServiceLine line, DateRange billingPeriod, DateRange daysInForce, long periodShareOre, LineBasis keyBasis) =>
        Line(line, billingPeriod, daysInForce, periodShareOre, keyBasis);

    private static PricedLine Line(ServiceLine line, DateRange billingPeriod, DateRange daysInForce, long price, LineBasis basis) => new()
    {
        ServiceLine = line.LineId,
        Description = line.Description,
        KostraFunction = line.KostraFunction,
        Quantity = daysInForce.Days,
        UnitCode = UnitCodes.Day,
        UnitPriceOre = price,
        BaseQuantity = billingPeriod.Days,
        Period = daysInForce,
        Basis = basis,
    };
}
