namespace Intermunicipal.Invoicing.Documents.Html;

/// <summary>
/// Norwegian words for the UN/ECE Rec. 20 unit codes the lines use, for the printed page only (EHF
/// keeps the codes). A slot-day is a "døgn", as child welfare counts placements.
/// </summary>
internal static class UnitNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["C62"] = "stk.",
        ["DAY"] = "døgn",
        ["MIN"] = "min",
        ["HUR"] = "t",
        ["MON"] = "mnd.",
    };

    public static string Of(string unitCode) => Names.GetValueOrDefault(unitCode, unitCode);

    /// <summary>"60 døgn", "2,5 mnd."</summary>
    public static string Quantity(decimal quantity, string unitCode) =>
        $"{NorwegianFormat.Quantity(quantity)}{NorwegianFormat.NoBreakSpace}{Of(unitCode)}";

    /// <summary>"1 650,00 per døgn", or with a base quantity "1 437,35 per 60 min".</summary>
    public static string Price(long unitPriceOre, decimal baseQuantity, string unitCode) =>
        baseQuantity == 1m
            ? $"{NorwegianFormat.Amount(unitPriceOre)} per {Of(unitCode)}"
            : $"{NorwegianFormat.Amount(unitPriceOre)} per {Quantity(baseQuantity, unitCode)}";
}
