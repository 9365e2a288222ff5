using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.Infrastructure.Entities;

/// <summary>
/// A family referred to a team; from its start date a treatment holding one slot until its end
/// date (inclusive). The family reference and the children's ages are personal data: only the
/// referring municipality sees them, and every read is audited.
/// </summary>
public sealed class ReferralRecord
{
    public required string Id { get; set; }
    public required string TeamId { get; set; }
    public required string MunicipalityNumber { get; set; }

    // Personal data.
    public required string FamilyReference { get; set; }
    public List<int> ChildAges { get; set; } = [];

    public Priority Priority { get; set; }
    public DateOnly? WishedStartDate { get; set; }
    public ReferralState State { get; set; } = ReferralState.Waiting;
    public DateTime CreateTime { get; set; }
    public required string Creator { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? PlannedEndDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public TreatmentOutcome Outcome { get; set; }
    public DateTime? WithdrawTime { get; set; }
    public int Version { get; set; }
}
