using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.Demo.DemoMunicipalities;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// MST-CAN Vestfold, opened summer 2023 with Tønsberg as host for three partners: a second host,
/// so nothing in the service leans on Bærum. Own slots only; today Larvik has a slot free while
/// Tønsberg and Færder have families waiting for theirs.
/// </summary>
internal static class MstCanVestfold
{
    public const string Id = "mst-can-vestfold";

    private static readonly DateOnly Opened = new(2023, 8, 1);

    /// <summary>The first families started three weeks after the team opened.</summary>
    private static readonly DateOnly FirstIntake = new(2023, 8, 21);

    public static DemoTeam Build(DateOnly today)
    {
        DemoSlot[] slots =
        [
            new(Tonsberg, FirstIntake, DaysAgo: 15),
            new(Tonsberg, FirstIntake, DaysAgo: 83),
            new(Tonsberg, FirstIntake, DaysAgo: 149),
            new(Sandefjord, FirstIntake, DaysAgo: 52),
            new(Sandefjord, FirstIntake, DaysAgo: 190),
            new(Larvik, FirstIntake, DaysAgo: 101),
            new(Larvik, FirstIntake, DaysAgo: 23, FreeToday: true),
            new(Faerder, FirstIntake, DaysAgo: 64),
        ];
        DemoReferral[] waiting =
        [
            DemoReferral.Waiting(Tonsberg, today, 9, 10, Priority.High, [12, 9]),
            DemoReferral.Waiting(Tonsberg, today, 33, 13, Priority.Normal, [8]),
            DemoReferral.Waiting(Sandefjord, today, 14, 11, Priority.Normal, [15, 10, 7]),
            DemoReferral.Waiting(Faerder, today, 3, 8, Priority.Urgent, [6]),
        ];

        return new DemoTeam(Id, "MST-CAN Vestfold", "mst-can", Tonsberg, FreeSlotPolicy.OwnSlotsOnly,
            [new(Opened, 8)],
            [new(Sandefjord, 2, Opened), new(Larvik, 2, Opened), new(Faerder, 1, Opened)],
            [.. slots.SelectMany((slot, phase) => slot.Treatments(today, DemoPace.MstCan, phase)), .. waiting]);
    }
}
