namespace Intermunicipal.OnCall.Infrastructure.Entities;

/// <summary>A municipality's number and name, for display.</summary>
public sealed class MunicipalityRecord
{
    public required string Number { get; set; }
    public required string Name { get; set; }
}
