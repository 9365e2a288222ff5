namespace Intermunicipal.Capacity.Infrastructure.Entities;

/// <summary>A municipality's name, for boards and statistics.</summary>
public sealed class MunicipalityRecord
{
    public required string Number { get; set; }
    public required string Name { get; set; }
}
