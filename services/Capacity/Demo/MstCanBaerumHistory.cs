using System.Globalization;
using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.Demo.DemoMunicipalities;
using static Intermunicipal.Capacity.V1.TreatmentOutcome;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// The MST-CAN Bærum families that started treatment 2016-2023, made up but true to the
/// service's annual report (section 4.2.5.1, table 5): counting a family in every year its
/// treatment touches, they give exactly the families and children per year for Bærum and Asker,
/// and together the report's "63 families and 131 children since 2016, of whom 46 families with
/// 98 children completed" (three families were still in treatment at the turn of 2024). The
/// average age of the children starting each year is the table's. No day holds more families
/// than the capacity of <see cref="MstCanBaerum"/> or than Bærum or Asker held that day.
/// </summary>
internal static class MstCanBaerumHistory
{
    /// <summary>Table 5: families and children in treatment during each year, for Bærum and for Asker.</summary>
    public static readonly IReadOnlyList<(int Year, int BaerumFamilies, int AskerFamilies, int BaerumChildren, int AskerChildren)> Table5 =
    [
        (2016, 6, 2, 10, 4),
        (2017, 11, 3, 20, 7),
        (2018, 11, 5, 23, 15),
        (2019, 10, 4, 19, 12),
        (2020, 9, 4, 16, 10),
        (2021, 8, 6, 14, 13),
        (2022, 9, 4, 17, 11),
        (2023, 5, 3, 11, 8),
    ];

    /// <summary>Ordered by start date; the child ages are at referral.</summary>
    public static readonly IReadOnlyList<DemoReferral> Treatments =
    [
        // Started 2016.
        Completed(Baerum, "2016-01-15", "2016-08-19", LivingAtHome, [15, 9]),
        Discontinued(Baerum, "2016-01-27", "2016-04-24", FamilyWithdrew, [10]),
        Completed(Asker, "2016-07-27", "2017-03-15", LivingAtHome, [17]),
        Completed(Baerum, "2016-09-05", "2017-04-21", LivingAtHome, [12]),
        Discontinued(Baerum, "2016-09-20", "2017-01-02", NotSuitable, [9]),
        Completed(Baerum, "2016-10-17", "2017-04-23", LivingAtHome, [14, 13]),
        Discontinued(Asker, "2016-11-21", "2017-04-08", Moved, [16, 11, 10]),
        Completed(Baerum, "2016-12-06", "2017-07-30", LivingAtHome, [15, 9, 8]),
        // Started 2017.
        Completed(Baerum, "2017-02-21", "2017-08-22", PlacedOutsideHome, [12, 6]),
        Discontinued(Baerum, "2017-03-09", "2017-05-07", FamilyWithdrew, [7]),
        Completed(Baerum, "2017-05-09", "2018-02-04", LivingAtHome, [15, 10, 7]),
        Completed(Baerum, "2017-07-11", "2018-02-24", LivingAtHome, [12]),
        Completed(Baerum, "2017-08-24", "2018-04-22", LivingAtHome, [11]),
        Completed(Asker, "2017-09-21", "2018-05-12", LivingAtHome, [14, 9, 8]),
        Completed(Baerum, "2017-11-20", "2018-07-29", LivingAtHome, [7, 6]),
        Completed(Baerum, "2017-12-21", "2018-07-13", LivingAtHome, [15, 13, 8]),
        // Started 2018.
        Completed(Baerum, "2018-01-12", "2018-09-12", LivingAtHome, [12, 10, 7, 6, 6]),
        Completed(Asker, "2018-02-15", "2018-09-18", PlacedOutsideHome, [9, 8, 6, 6]),
        Completed(Asker, "2018-04-25", "2018-12-19", LivingAtHome, [12, 6, 6]),
        Discontinued(Baerum, "2018-05-10", "2018-08-04", PlacedOutsideHome, [6]),
        Completed(Baerum, "2018-08-15", "2019-03-09", LivingAtHome, [11]),
        Completed(Asker, "2018-08-16", "2019-03-31", LivingAtHome, [13, 8, 6]),
        Completed(Baerum, "2018-09-19", "2019-05-14", LivingAtHome, [10, 6]),
        Completed(Baerum, "2018-10-16", "2019-07-09", LivingAtHome, [9, 7, 6]),
        Completed(Asker, "2018-10-19", "2019-06-29", LivingAtHome, [12, 6]),
        Discontinued(Baerum, "2018-12-21", "2019-03-17", NotSuitable, [6]),
        // Started 2019.
        Completed(Asker, "2019-01-25", "2019-09-10", LivingAtHome, [11, 6]),
        Completed(Baerum, "2019-04-24", "2019-12-06", PlacedOutsideHome, [6]),
        Completed(Asker, "2019-06-07", "2019-12-25", LivingAtHome, [13, 11, 10, 9, 6]),
        Completed(Baerum, "2019-06-18", "2020-01-10", LivingAtHome, [13, 8, 7]),
        Discontinued(Baerum, "2019-06-24", "2019-09-19", FamilyWithdrew, [12, 6, 6]),
        Completed(Baerum, "2019-07-18", "2020-01-16", LivingAtHome, [7]),
        Completed(Baerum, "2019-09-18", "2020-06-02", LivingAtHome, [14, 9]),
        Completed(Baerum, "2019-10-15", "2020-06-24", LivingAtHome, [11, 6]),
        // Started 2020.
        Completed(Baerum, "2020-01-16", "2020-08-30", LivingAtHome, [6]),
        Discontinued(Asker, "2020-01-17", "2020-06-17", Other, [14, 11, 7]),
        Discontinued(Asker, "2020-03-23", "2020-05-21", FamilyWithdrew, [9, 6]),
        Completed(Asker, "2020-07-21", "2021-01-24", LivingAtHome, [11, 10]),
        Discontinued(Baerum, "2020-08-31", "2020-12-03", NotSuitable, [8]),
        Discontinued(Asker, "2020-09-03", "2021-01-08", Moved, [13, 7, 6]),
        Completed(Baerum, "2020-10-05", "2021-04-28", PlacedOutsideHome, [12, 7, 6]),
        Completed(Baerum, "2020-10-12", "2021-05-22", LivingAtHome, [14]),
        Completed(Baerum, "2020-12-16", "2021-08-04", LivingAtHome, [9, 6]),
        // Started 2021.
        Completed(Asker, "2021-01-05", "2021-08-28", LivingAtHome, [6]),
        Discontinued(Asker, "2021-03-22", "2021-07-30", FamilyWithdrew, [11]),
        Completed(Baerum, "2021-04-01", "2021-10-06", LivingAtHome, [6]),
        Completed(Baerum, "2021-05-12", "2021-12-15", LivingAtHome, [13]),
        Completed(Asker, "2021-06-17", "2022-01-16", LivingAtHome, [8, 6]),
        Completed(Baerum, "2021-07-15", "2022-01-22", LivingAtHome, [11]),
        Completed(Asker, "2021-09-09", "2022-03-16", PlacedOutsideHome, [13, 10, 8, 7]),
        Completed(Baerum, "2021-10-27", "2022-06-27", LivingAtHome, [6, 6]),
        Discontinued(Baerum, "2021-12-29", "2022-05-04", PlacedOutsideHome, [14, 12, 7]),
        // Started 2022.
        Completed(Baerum, "2022-02-04", "2022-11-02", LivingAtHome, [6]),
        Completed(Baerum, "2022-02-18", "2022-09-10", LivingAtHome, [12]),
        Completed(Baerum, "2022-06-23", "2023-01-30", LivingAtHome, [7]),
        Completed(Baerum, "2022-07-07", "2023-03-14", LivingAtHome, [15, 10, 7]),
        Discontinued(Baerum, "2022-08-11", "2022-12-12", NotSuitable, [12, 11]),
        Completed(Baerum, "2022-08-31", "2023-04-14", LivingAtHome, [14, 9, 8]),
        Completed(Asker, "2022-11-11", "2023-06-25", LivingAtHome, [13, 7, 6]),
        Completed(Asker, "2022-11-22", "2023-06-09", PlacedOutsideHome, [15, 8]),
        // Started 2023.
        Completed(Baerum, "2023-05-29", "2024-02-01", LivingAtHome, [6]),
        Discontinued(Baerum, "2023-11-15", "2024-02-19", FamilyWithdrew, [15, 12, 8]),
        Completed(Asker, "2023-12-28", "2024-09-24", LivingAtHome, [12, 10, 7]),
    ];

    private static DemoReferral Completed(string municipality, string start, string end, TreatmentOutcome outcome, int[] childAges) =>
        DemoReferral.Ended(municipality, ReferralState.Completed, Day(start), Day(end), outcome, childAges);

    private static DemoReferral Discontinued(string municipality, string start, string end, TreatmentOutcome outcome, int[] childAges) =>
        DemoReferral.Ended(municipality, ReferralState.Discontinued, Day(start), Day(end), outcome, childAges);

    private static DateOnly Day(string isoDate) => DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
