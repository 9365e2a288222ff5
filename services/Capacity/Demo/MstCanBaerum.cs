using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.Demo.DemoMunicipalities;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// Bærum's MST-CAN team, with slots held by Asker ("disponerer plasser"), own slots only. The
/// years 2016-2023 are <see cref="MstCanBaerumHistory"/>; from 2024 each slot runs one family
/// after another up to today, when Bærum has exactly one slot free and Asker none, and both have
/// families waiting.
/// </summary>
internal static class MstCanBaerum
{
    public const string Id = "mst-can-baerum";

    /// <summary>
    /// 6 families from the start in 2016; 8 from 2017 and 9 from 2018 as demand grew (2017 and
    /// 2018 are the table's busiest years); 7 from 2023, when use fell as MST-CAN Vestfold opened.
    /// </summary>
    public static readonly IReadOnlyList<DemoCapacity> Capacity =
    [
        new(new DateOnly(2016, 1, 1), 6),
        new(new DateOnly(2017, 1, 1), 8),
        new(new DateOnly(2018, 1, 1), 9),
        new(new DateOnly(2023, 1, 1), 7),
    ];

    /// <summary>Asker holds 2 slots, 3 from 2018 (its busiest year then needed them); Bærum the rest.</summary>
    public static readonly IReadOnlyList<DemoAllocation> Allocations =
    [
        new(Asker, 2, new DateOnly(2016, 1, 1), new DateOnly(2017, 12, 31)),
        new(Asker, 3, new DateOnly(2018, 1, 1)),
    ];

    private static readonly DateOnly SteadyStateFrom = new(2024, 1, 1);

    public static DemoTeam Build(DateOnly today)
    {
        var baerum = SlotOpenings(Baerum, 4);
        var asker = SlotOpenings(Asker, 3);
        DemoSlot[] slots =
        [
            new(Baerum, baerum[0], DaysAgo: 41),
            new(Baerum, baerum[1], DaysAgo: 118),
            new(Baerum, baerum[2], DaysAgo: 176),
            new(Baerum, baerum[3], DaysAgo: 9, FreeToday: true),
            new(Asker, asker[0], DaysAgo: 23),
            new(Asker, asker[1], DaysAgo: 95),
            new(Asker, asker[2], DaysAgo: 152),
        ];
        DemoReferral[] waiting =
        [
            // The family for Bærum's free slot, starting next week.
            DemoReferral.Waiting(Baerum, today, 6, 9, Priority.Urgent, [9, 6], wishedStartInDays: 7),
            DemoReferral.Waiting(Baerum, today, 19, 13, Priority.High, [11, 8, 6]),
            DemoReferral.Waiting(Baerum, today, 41, 10, Priority.Normal, [14]),
            DemoReferral.Waiting(Asker, today, 27, 11, Priority.High, [10, 7]),
            DemoReferral.Waiting(Asker, today, 58, 14, Priority.Normal, [15, 12]),
        ];

        return new DemoTeam(Id, "MST-CAN Bærum", "mst-can", Baerum, FreeSlotPolicy.OwnSlotsOnly, Capacity, Allocations,
        [
            .. MstCanBaerumHistory.Treatments,
            .. slots.SelectMany((slot, phase) => slot.Treatments(today, DemoPace.MstCan, phase)),
            .. waiting,
        ]);
    }

    /// <summary>
    /// When each of the municipality's <paramref name="slots"/> slots is first free in 2024: the
    /// day after a family from the history ends, else New Year's Day.
    /// </summary>
    private static DateOnly[] SlotOpenings(string municipalityNumber, int slots)
    {
        var stillRunning = MstCanBaerumHistory.Treatments
            .Where(t => t.MunicipalityNumber == municipalityNumber && t.EndDate >= SteadyStateFrom)
            .Select(t => t.EndDate!.Value.AddDays(1));
        return [.. stillRunning.Concat(Enumerable.Repeat(SteadyStateFrom, slots)).Take(slots)];
    }
}
