namespace Intermunicipal.Capacity.Infrastructure.Entities;

/// <summary>The team's capacity (families at the same time) from a date until the next change.</summary>
public sealed class CapacityChangeRecord
{
    public required string Id { get; set; }
    public required string TeamId { get; set; }
    public DateOnly EffectiveDate { get; set; }
    public int Capacity { get; set; }
    public DateTime CreateTime { get; set; }
    public required string Creator { get; set; }
}
