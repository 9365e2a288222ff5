using Intermunicipal.Capacity.Infrastructure.Entities;

namespace Intermunicipal.Capacity.Domain;

/// <summary>
/// A team's capacity and who holds its slots, on any date: capacity from the latest change in
/// effect, each partner its allocations covering the date, the host whatever no partner holds.
/// </summary>
public sealed class TeamTerms
{
    private readonly List<CapacityChangeRecord> _changes;
    private readonly List<AllocationRecord> _allocations;

    public TeamTerms(string hostMunicipalityNumber, IEnumerable<CapacityChangeRecord> capacityChanges, IEnumerable<AllocationRecord> allocations)
    {
        HostMunicipalityNumber = hostMunicipalityNumber;
        // Latest first, so the first in effect wins; of two on one day the later recorded.
        _changes = [.. capacityChanges.OrderByDescending(c => c.EffectiveDate).ThenByDescending(c => c.CreateTime)];
        _allocations = [.. allocations];
    }

    public static TeamTerms Of(TeamRecord team) => new(team.HostMunicipalityNumber, team.CapacityChanges, team.Allocations);

    public string HostMunicipalityNumber { get; }

    public int CapacityOn(DateOnly date) => _changes.FirstOrDefault(c => c.EffectiveDate <= date)?.Capacity ?? 0;

    public int AllocatedOn(string municipalityNumber, DateOnly date) =>
        _allocations.Where(a => a.MunicipalityNumber == municipalityNumber && a.Covers(date)).Sum(a => a.SlotCount);

    public int PartnerSlotsOn(DateOnly date) => _allocations.Where(a => a.Covers(date)).Sum(a => a.SlotCount);

    public int HeldOn(string municipalityNumber, DateOnly date) => municipalityNumber == HostMunicipalityNumber
        ? Math.Max(0, CapacityOn(date) - PartnerSlotsOn(date))
        : AllocatedOn(municipalityNumber, date);

    /// <summary>The host, and every municipality that has ever held an allocation: they see the team.</summary>
    public bool IsParticipant(string municipalityNumber) =>
        municipalityNumber == HostMunicipalityNumber || _allocations.Any(a => a.MunicipalityNumber == municipalityNumber);

    /// <summary>The host, and every partner with an allocation covering the date: they may start treatments then.</summary>
    public bool ParticipatesOn(string municipalityNumber, DateOnly date) =>
        municipalityNumber == HostMunicipalityNumber || _allocations.Any(a => a.MunicipalityNumber == municipalityNumber && a.Covers(date));

    /// <summary>The host first, then the partners holding an allocation on the date, by number.</summary>
    public IReadOnlyList<string> ParticipantsOn(DateOnly date) =>
    [
        HostMunicipalityNumber,
        .. _allocations.Where(a => a.Covers(date) && a.MunicipalityNumber != HostMunicipalityNumber)
            .Select(a => a.MunicipalityNumber).Distinct().Order(StringComparer.Ordinal),
    ];
}
