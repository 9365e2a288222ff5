using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Domain.Pricing;

/// <summary>
/// A computed invoice line: <see cref="AmountOre"/> is round(quantity × unit price / base quantity),
/// and <see cref="Basis"/> and <see cref="Items"/> say what it was computed from.
/// </summary>
public sealed record PricedLine
{
    public required string ServiceLine { get; init; }
    public required string Description { get; init; }
    public required string KostraFunction { get; init; }
    public required long Quantity { get; init; }
    public required string UnitCode { get; init; }
    public required long UnitPriceOre { get; init; }
    public long BaseQuantity { get; init; } = 1;
    public required DateRange Period { get; init; }
    public required LineBasis Basis { get; init; }
    public IReadOnlyList<BilledPart> Items { get; init; } = [];

    /// <summary>The service whose usage <see cref="Items"/> are (usage lines only).</summary>
    public string? UsageOf { get; init; }
    public bool Late { get; init; }

    public long AmountOre => Money.LineAmount(Quantity, UnitPriceOre, BaseQuantity);
}

/// <summary>UN/ECE Recommendation 20 unit codes the lines use.</summary>
public static class UnitCodes
{
    public const string One = "C62";
    public const string Day = "DAY";
    public const string Minute = "MIN";
}
