namespace Intermunicipal.Invoicing.Domain;

/// <summary>
/// A yearly price adjustment: prices are stated in a base year's money, and for a later year Y
/// they are multiplied by (1 + p) for every year after the base up to Y. A year without a figure
/// counts as 0 %; a year before the base uses base prices. The indexed price is rounded to the øre
/// once, so a line's amount is exactly quantity × that price.
/// </summary>
public sealed class PriceIndex(int baseYear, IReadOnlyDictionary<int, int> basisPointsByYear)
{
    public static readonly PriceIndex None = new(1, new Dictionary<int, int>());

    public int BaseYear => baseYear;

    public decimal FactorFor(int year)
    {
        var factor = 1m;
        for (var y = baseYear + 1; y <= year; y++)
        {
            factor *= 1m + basisPointsByYear.GetValueOrDefault(y) / 10_000m;
        }

        return factor;
    }

    /// <summary>The factor in parts per million, as a line's basis shows it.</summary>
    public long FactorPpmFor(int year) => Money.RoundToOre(FactorFor(year) * 1_000_000m);

    public long Apply(long basePriceOre, int year) => Money.RoundToOre(basePriceOre * FactorFor(year));
}
