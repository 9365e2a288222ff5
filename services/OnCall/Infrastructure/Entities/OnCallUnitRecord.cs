namespace Intermunicipal.OnCall.Infrastructure.Entities;

/// <summary>A barnevernvakt and the municipalities it covers.</summary>
public sealed class OnCallUnitRecord
{
    public required string Id { get; set; }
    public required string DisplayName { get; set; }
    public required string HostMunicipalityNumber { get; set; }
    public List<string> CoveredMunicipalityNumbers { get; set; } = [];
    public bool AlwaysOpen { get; set; }
    public int OfficeOpensMinute { get; set; }
    public int OfficeClosesMinute { get; set; }

    public bool Covers(string municipalityNumber) => CoveredMunicipalityNumbers.Contains(municipalityNumber);
}
