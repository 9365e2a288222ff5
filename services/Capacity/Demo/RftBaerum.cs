using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.Demo.DemoMunicipalities;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// Bærum's RFT team (formerly FFT, started autumn 2013), sharing free slots: Asker holds 4 of
/// the 20 slots and today uses a fifth that stood free, Bærum uses 13 and 2 are free. About a
/// year and a half of history lies behind the current families.
/// </summary>
internal static class RftBaerum
{
    public const string Id = "rft-baerum";

    private const int HistoryDays = 540;

    public static DemoTeam Build(DateOnly today)
    {
        var opens = today.AddDays(-HistoryDays);
        int[] baerumStartedDaysAgo = [3, 12, 20, 31, 44, 52, 67, 78, 90, 103, 117, 129, 141];
        int[] askerStartedDaysAgo = [8, 37, 71, 98, 124];
        DemoSlot[] slots =
        [
            .. baerumStartedDaysAgo.Select(days => new DemoSlot(Baerum, opens, days)),
            new(Baerum, opens, DaysAgo: 6, FreeToday: true),
            new(Baerum, opens, DaysAgo: 15, FreeToday: true),
            .. askerStartedDaysAgo.Select(days => new DemoSlot(Asker, opens, days)),
        ];
        DemoReferral[] waiting =
        [
            DemoReferral.Waiting(Baerum, today, 4, 12, Priority.High, [15], wishedStartInDays: 5),
            DemoReferral.Waiting(Baerum, today, 12, 9, Priority.Normal, [13], wishedStartInDays: 12),
            DemoReferral.Waiting(Asker, today, 21, 14, Priority.Normal, [16]),
        ];

        return new DemoTeam(Id, "RFT Bærum", "rft", Baerum, FreeSlotPolicy.ShareFreeSlots,
            [new(new DateOnly(2013, 9, 1), 20)],
            [new(Asker, 4, new DateOnly(2013, 9, 1))],
            [.. slots.SelectMany((slot, phase) => slot.Treatments(today, DemoPace.Rft, phase)), .. waiting]);
    }
}
