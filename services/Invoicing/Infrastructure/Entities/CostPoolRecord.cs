namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>
/// A host's shared cost: its definition (participants, key, usage source) as the contract's JSON,
/// and its budgets and actual net costs per year as rows.
/// </summary>
public sealed class CostPoolRecord
{
    public required string Id { get; set; }
    public required string HostOrganisationNumber { get; set; }
    public required string DefinitionJson { get; set; }
    public DateTime CreateTime { get; set; }
    public int Version { get; set; }
    public List<CostPoolAmountRecord> Amounts { get; set; } = [];
}

/// <summary>A budget or an actual net cost of a pool for a year.</summary>
public sealed class CostPoolAmountRecord
{
    public required string CostPoolId { get; set; }
    public V1.CostPoolAmountKind Kind { get; set; }
    public int Year { get; set; }
    public long AmountOre { get; set; }
    public DateTime RecordTime { get; set; }
}
