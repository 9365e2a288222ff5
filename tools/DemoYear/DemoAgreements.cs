using Intermunicipal.Invoicing.V1;
using static Intermunicipal.DemoYear.DemoParties;

namespace Intermunicipal.DemoYear;

/// <summary>
/// The demo agreements. Bærum → Asker: the barnevernvakt by share of net cost (population key,
/// quarterly a-konto, settled after the year), MST-CAN per allocated slot per month, RFT per
/// slot-day, prices from 2024 indexed 4.3 % for 2025. Tønsberg → Sandefjord: a monthly fixed
/// coordination fee and a price per started MST-CAN treatment; Tønsberg → Larvik: per slot-day
/// with a quarterly minimum.
/// </summary>
public static class DemoAgreements
{
    public const string BarnevernvaktPool = "barnevernvakt-asker-baerum";

    public static CostPool Pool() => new()
    {
        DisplayName = "Asker og Bærum barnevernvakt",
        Host = Baerum.Name,
        KostraFunction = "244",
        Participants = { Baerum.MunicipalityNumber, Asker.MunicipalityNumber },
        Key = { new KeyComponent { Measure = KeyMeasure.Population, WeightBasisPoints = 10_000 } },
    };

    /// <summary>Population by kommunenummer and year, in SSB's table layout.</summary>
    public static string PopulationCsv(int year) =>
        "kommunenummer;år;verdi\n"
        + $"3201;{year - 1};130772\n3203;{year - 1};98417\n3201;{year};131587\n3203;{year};99874\n";

    public static IEnumerable<(string Id, Agreement Agreement)> For(int year)
    {
        yield return ("baerum-asker", Agreement("Vertskommuneavtale barnevern Bærum–Asker", Baerum, Asker, new AgreementVersion
        {
            ValidFrom = Date(year, 1, 1),
            BillingFrequency = BillingFrequency.Quarterly,
            PaymentTermsDays = 30,
            PriceBaseYear = year - 1,
            PriceIndex = { new YearlyIndex { Year = year, BasisPoints = 430 } },
            Lines =
            {
                new ServiceLine { LineId = "barnevernvakt", Description = "Barnevernvakt, andel av netto kostnad (a-konto)", KostraFunction = "244", CostShare = new CostShare { CostPool = $"costPools/{BarnevernvaktPool}" } },
                new ServiceLine { LineId = "mst-can", Description = "MST-CAN, disponerte plasser", Service = "teams/mst-can-baerum", KostraFunction = "251", PerAllocatedSlotMonth = new PerAllocatedSlotMonth { PricePerSlotMonthOre = 4_250_000 } },
                new ServiceLine { LineId = "rft", Description = "RFT, plassdøgn", Service = "teams/rft-baerum", KostraFunction = "251", PerUnit = new PerUnit { Unit = UsageUnit.SlotDay, UnitPriceOre = 118_000 } },
            },
        }));
        yield return ("tonsberg-sandefjord", Agreement("MST-CAN Vestfold, Sandefjord", Tonsberg, Sandefjord, new AgreementVersion
        {
            ValidFrom = Date(year, 1, 1),
            BillingFrequency = BillingFrequency.Monthly,
            PaymentTermsDays = 20,
            PriceBaseYear = year,
            Lines =
            {
                new ServiceLine { LineId = "koordinering", Description = "Koordinering MST-CAN Vestfold", KostraFunction = "251", FixedAmount = new FixedAmount { AmountOre = 1_500_000 } },
                new ServiceLine { LineId = "oppstart", Description = "MST-CAN, påbegynt behandling", Service = "teams/mst-can-vestfold", KostraFunction = "251", PerUnit = new PerUnit { Unit = UsageUnit.StartedTreatment, UnitPriceOre = 18_000_000 } },
            },
        }));
        yield return ("tonsberg-larvik", Agreement("MST-CAN Vestfold, Larvik", Tonsberg, Larvik, new AgreementVersion
        {
            ValidFrom = Date(year, 1, 1),
            BillingFrequency = BillingFrequency.Quarterly,
            PaymentTermsDays = 30,
            PriceBaseYear = year,
            Lines =
            {
                new ServiceLine
                {
                    LineId = "plassdogn", Description = "MST-CAN, plassdøgn", Service = "teams/mst-can-vestfold", KostraFunction = "251",
                    PerUnit = new PerUnit { Unit = UsageUnit.SlotDay, UnitPriceOre = 95_000 }, MinimumPerPeriodOre = 9_000_000,
                },
            },
        }));
    }

    public static Google.Type.Date Date(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    private static Agreement Agreement(string displayName, DemoParty host, DemoParty partner, AgreementVersion version) => new()
    {
        DisplayName = displayName,
        Host = host.Name,
        Partner = partner.Name,
        Versions = { version },
    };
}
