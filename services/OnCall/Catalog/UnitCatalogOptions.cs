namespace Intermunicipal.OnCall.Catalog;

/// <summary>
/// The on-call units and municipality names this deployment serves, from the "OnCallCatalog"
/// configuration section. Units are data: nothing about any municipality is in code.
/// </summary>
public sealed class UnitCatalogOptions
{
    public const string Section = "OnCallCatalog";

    /// <summary>Municipality number → name.</summary>
    public Dictionary<string, string> Municipalities { get; set; } = [];

    /// <summary>Unit id (lower-case letters, digits, hyphens) → unit.</summary>
    public Dictionary<string, UnitDefinition> Units { get; set; } = [];
}

public sealed class UnitDefinition
{
    public string DisplayName { get; set; } = "";
    public string HostMunicipalityNumber { get; set; } = "";
    public List<string> CoveredMunicipalityNumbers { get; set; } = [];
    public bool AlwaysOpen { get; set; }
    public TimeOnly OfficeOpens { get; set; } = new(8, 0);
    public TimeOnly OfficeCloses { get; set; } = new(15, 30);
}
