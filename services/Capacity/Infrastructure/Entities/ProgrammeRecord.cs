namespace Intermunicipal.Capacity.Infrastructure.Entities;

/// <summary>A treatment programme (MST-CAN, RFT, PMTO, ABC, …): data, not code.</summary>
public sealed class ProgrammeRecord
{
    public required string Id { get; set; }
    public required string DisplayName { get; set; }
    public string Description { get; set; } = "";
    public int MinChildAge { get; set; }
    public int MaxChildAge { get; set; }

    /// <summary>Used to forecast when a slot frees when a treatment has no planned end.</summary>
    public int TypicalDurationDays { get; set; }

    public DateTime CreateTime { get; set; }
}
