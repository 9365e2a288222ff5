using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.Infrastructure.Entities;

/// <summary>
/// A treatment team of one programme, run by a host municipality. Its <see cref="Version"/> is
/// bumped by every change to the team, its slots or its referrals: two changes racing on one
/// team cannot both pass their checks against the same state (one is refused and retried).
/// </summary>
public sealed class TeamRecord
{
    public required string Id { get; set; }
    public required string DisplayName { get; set; }
    public required string ProgrammeId { get; set; }
    public required string HostMunicipalityNumber { get; set; }
    public FreeSlotPolicy FreeSlotPolicy { get; set; }
    public DateTime CreateTime { get; set; }
    public required string Creator { get; set; }
    public int Version { get; set; }

    public List<CapacityChangeRecord> CapacityChanges { get; set; } = [];
    public List<AllocationRecord> Allocations { get; set; } = [];
}
