namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>The year-end settlement of a cost pool: one per pool and year.</summary>
public sealed class SettlementRecord
{
    public Guid Id { get; set; }
    public required string CostPoolId { get; set; }
    public int Year { get; set; }
    public long NetCostOre { get; set; }
    public DateTime CreateTime { get; set; }
    public List<SettlementShareRecord> Shares { get; set; } = [];
}

/// <summary>One participant's final share, what it was billed a-konto, and the draft made for the difference.</summary>
public sealed class SettlementShareRecord
{
    public Guid SettlementId { get; set; }
    public required string MunicipalityNumber { get; set; }
    public long SharePpm { get; set; }
    public long FinalShareOre { get; set; }
    public long BilledAKontoOre { get; set; }
    public Guid? InvoiceId { get; set; }
}
