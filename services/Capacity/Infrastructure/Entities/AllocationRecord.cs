namespace Intermunicipal.Capacity.Infrastructure.Entities;

/// <summary>Slots a partner municipality holds in a team for a period (both days inclusive; no end = open).</summary>
public sealed class AllocationRecord
{
    public required string Id { get; set; }
    public required string TeamId { get; set; }
    public required string MunicipalityNumber { get; set; }
    public int SlotCount { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public DateTime CreateTime { get; set; }
    public required string Creator { get; set; }

    public bool Covers(DateOnly date) => StartDate <= date && (EndDate is not { } end || date <= end);
}
