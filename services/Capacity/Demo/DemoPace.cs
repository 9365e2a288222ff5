using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// How a programme's treatments follow one another in a slot: their lengths and endings, the pause
/// before the slot is taken again, and the families' children, each list cycled. Fixed lists, not
/// random numbers, so the plan is the same on every run.
/// </summary>
internal sealed record DemoPace(
    int TypicalDurationDays,
    IReadOnlyList<(int Days, TreatmentOutcome Outcome)> Courses,
    IReadOnlyList<int> PauseDays,
    IReadOnlyList<int[]> Families)
{
    /// <summary>MST-CAN: six to nine months, now and then ended early.</summary>
    public static readonly DemoPace MstCan = new(
        225,
        [
            (214, TreatmentOutcome.LivingAtHome), (187, TreatmentOutcome.LivingAtHome), (243, TreatmentOutcome.LivingAtHome),
            (121, TreatmentOutcome.FamilyWithdrew), (263, TreatmentOutcome.LivingAtHome), (198, TreatmentOutcome.PlacedOutsideHome),
            (229, TreatmentOutcome.LivingAtHome), (96, TreatmentOutcome.NotSuitable), (251, TreatmentOutcome.LivingAtHome),
            (205, TreatmentOutcome.LivingAtHome),
        ],
        [12, 27, 5, 40, 18, 9, 33, 21],
        [[11, 7], [14], [9, 6], [16, 13, 8], [7], [12, 10], [8, 6], [15, 11], [10], [13, 9, 6], [6], [17, 12]]);

    /// <summary>RFT: about 155 days; one youth aged 11-18, once in a while with a sibling.</summary>
    public static readonly DemoPace Rft = new(
        155,
        [
            (155, TreatmentOutcome.LivingAtHome), (131, TreatmentOutcome.LivingAtHome), (178, TreatmentOutcome.LivingAtHome),
            (96, TreatmentOutcome.FamilyWithdrew), (162, TreatmentOutcome.LivingAtHome), (143, TreatmentOutcome.LivingAtHome),
            (201, TreatmentOutcome.LivingAtHome), (149, TreatmentOutcome.LivingAtHome), (74, TreatmentOutcome.Moved),
            (170, TreatmentOutcome.LivingAtHome),
        ],
        [6, 14, 3, 21, 9, 11, 4, 17],
        [[14], [16], [13], [15], [12], [17], [14], [11], [15], [16], [13], [14, 12]]);

    /// <summary>PMTO: weekly sessions for 15-30 weeks; children aged 3-12.</summary>
    public static readonly DemoPace Pmto = new(
        150,
        [
            (150, TreatmentOutcome.LivingAtHome), (126, TreatmentOutcome.LivingAtHome), (183, TreatmentOutcome.LivingAtHome),
            (105, TreatmentOutcome.LivingAtHome), (61, TreatmentOutcome.FamilyWithdrew), (168, TreatmentOutcome.LivingAtHome),
            (140, TreatmentOutcome.LivingAtHome), (197, TreatmentOutcome.LivingAtHome),
        ],
        [7, 15, 4, 22, 10],
        [[7], [5], [9], [4], [11], [6], [8], [10], [3], [12], [6, 4]]);

    /// <summary>Completed when the family saw the treatment through, else discontinued.</summary>
    public static ReferralState StateAfter(TreatmentOutcome outcome) =>
        outcome is TreatmentOutcome.LivingAtHome or TreatmentOutcome.PlacedOutsideHome ? ReferralState.Completed : ReferralState.Discontinued;
}
