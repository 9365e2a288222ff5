using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>A count per municipality and year that cost-share keys use, e.g. SSB's population on 1 January.</summary>
public sealed class KeyFigureRecord
{
    public KeyFigureKind Kind { get; set; }
    public required string MunicipalityNumber { get; set; }
    public int Year { get; set; }
    public long Value { get; set; }
    public DateTime UpdateTime { get; set; }
}
