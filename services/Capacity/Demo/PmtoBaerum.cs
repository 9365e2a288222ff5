using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.Demo.DemoMunicipalities;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// Bærum's own PMTO team, with no partners: shows a team the host runs alone (38 families were
/// treated in 2023). Twelve of its 14 slots are in use today; about a year of history.
/// </summary>
internal static class PmtoBaerum
{
    public const string Id = "pmto-baerum";

    private const int HistoryDays = 400;

    public static DemoTeam Build(DateOnly today)
    {
        var opens = today.AddDays(-HistoryDays);
        int[] startedDaysAgo = [5, 14, 26, 33, 47, 58, 66, 79, 88, 97, 112, 130];
        DemoSlot[] slots =
        [
            .. startedDaysAgo.Select(days => new DemoSlot(Baerum, opens, days)),
            new(Baerum, opens, DaysAgo: 4, FreeToday: true),
            new(Baerum, opens, DaysAgo: 30, FreeToday: true),
        ];
        DemoReferral[] waiting =
        [
            DemoReferral.Waiting(Baerum, today, 10, 10, Priority.Normal, [5], wishedStartInDays: 14),
            DemoReferral.Waiting(Baerum, today, 25, 12, Priority.Normal, [8, 4]),
        ];

        return new DemoTeam(Id, "PMTO Bærum", "pmto", Baerum, FreeSlotPolicy.OwnSlotsOnly,
            [new(new DateOnly(2012, 1, 1), 14)],
            [],
            [.. slots.SelectMany((slot, phase) => slot.Treatments(today, DemoPace.Pmto, phase)), .. waiting]);
    }
}
