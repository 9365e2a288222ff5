namespace Intermunicipal.Capacity.Catalog;

/// <summary>
/// Municipality names and the programmes a deployment starts with, from the "CapacityCatalog"
/// configuration section. Programmes can also be added at run time (CreateProgramme).
/// </summary>
public sealed class CapacityCatalogOptions
{
    public const string Section = "CapacityCatalog";

    /// <summary>Municipality number → name.</summary>
    public Dictionary<string, string> Municipalities { get; set; } = [];

    /// <summary>Programme id → programme; added when absent, never overwritten.</summary>
    public Dictionary<string, ProgrammeDefinition> Programmes { get; set; } = [];
}

public sealed class ProgrammeDefinition
{
    public string DisplayName { get; set; } = "";
    public string Description { get; set; } = "";
    public int MinChildAge { get; set; }
    public int MaxChildAge { get; set; }
    public int TypicalDurationDays { get; set; }
}
