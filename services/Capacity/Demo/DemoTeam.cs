using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.Demo;

/// <summary>A demo team as planned: its terms over time and its referrals, before ids are given.</summary>
internal sealed record DemoTeam(
    string Id,
    string DisplayName,
    string ProgrammeId,
    string HostMunicipalityNumber,
    FreeSlotPolicy FreeSlotPolicy,
    IReadOnlyList<DemoCapacity> Capacity,
    IReadOnlyList<DemoAllocation> Allocations,
    IReadOnlyList<DemoReferral> Referrals);

/// <summary>The team's capacity (families at the same time) from <paramref name="EffectiveDate"/> on.</summary>
internal sealed record DemoCapacity(DateOnly EffectiveDate, int Capacity);

/// <summary>Slots a partner holds from <paramref name="StartDate"/> to <paramref name="EndDate"/> (inclusive; null = open).</summary>
internal sealed record DemoAllocation(string MunicipalityNumber, int SlotCount, DateOnly StartDate, DateOnly? EndDate = null);
