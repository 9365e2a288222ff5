namespace Intermunicipal.Invoicing.Domain;

/// <summary>
/// Amounts are whole øre in <see cref="long"/>; exact intermediate results are <see cref="decimal"/>
/// and are rounded once, per line, to the øre, half away from zero (DESIGN.md's one rounding rule).
/// </summary>
public static class Money
{
    public static long RoundToOre(decimal ore) => (long)decimal.Round(ore, 0, MidpointRounding.AwayFromZero);

    /// <summary>round(quantity × unit price / base quantity): a line's amount.</summary>
    public static long LineAmount(long quantity, long unitPriceOre, long baseQuantity) =>
        RoundToOre((decimal)quantity * unitPriceOre / baseQuantity);
}
