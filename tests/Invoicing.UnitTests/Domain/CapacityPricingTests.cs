using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.UnitTests.Domain;

/// <summary>Allocated slots per month, fixed amounts and a-konto per period, and the per-period minimum and cap.</summary>
public sealed class CapacityPricingTests
{
    private static readonly ServiceLine SlotMonth = new()
    {
        LineId = "mst-can",
        Description = "MST-CAN: tildelte plasser",
        KostraFunction = "251",
        PerAllocatedSlotMonth = new PerAllocatedSlotMonth { PricePerSlotMonthOre = 6_500_000 }, // 65 000 kr
    };

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Whole_months_bill_the_slots_held()
    {
        var allocation = new AllocationItem("teams/t/allocations/a", 2, new DateRange(D(2026, 1, 1), D(2026, 12, 31)));

        var lines = SlotMonthPricing.Price(SlotMonth, PriceIndex.None, new DateRange(D(2026, 10, 1), D(2026, 12, 31)), [allocation]).ToList();

        // Two slots, three months: 2 × 65 000 × 3 = 390 000 kr.
        Assert.Equal([(62L, 31L, 13_000_000L), (60L, 30L, 13_000_000L), (62L, 31L, 13_000_000L)],
            lines.Select(l => (l.Quantity, l.BaseQuantity, l.AmountOre)));
    }

    [Fact]
    public void Part_months_are_pro_rata_by_days()
    {
        var allocations = new[]
        {
            new AllocationItem("teams/t/allocations/a", 2, new DateRange(D(2026, 1, 1), D(2026, 3, 10))), // ends 10 March
            new AllocationItem("teams/t/allocations/b", 3, new DateRange(D(2026, 3, 11), D(2026, 12, 31))), // then three slots
        };

        var march = Assert.Single(SlotMonthPricing.Price(SlotMonth, PriceIndex.None, DateRange.Month(2026, 3), allocations));

        // 2 × 10 + 3 × 21 = 83 slot-days of 31: 83 / 31 × 65 000 kr = 174 032.258… kr → 17 403 226 øre.
        Assert.Equal((83L, 31L, 17_403_226L), (march.Quantity, march.BaseQuantity, march.AmountOre));
        Assert.Equal(2, march.Items.Count);
    }

    [Fact]
    public void February_of_a_leap_year_has_29_days()
    {
        var allocation = new AllocationItem("teams/t/allocations/a", 1, new DateRange(D(2028, 2, 15), D(2028, 12, 31)));

        var february = Assert.Single(SlotMonthPricing.Price(SlotMonth, PriceIndex.None, DateRange.Month(2028, 2), [allocation]));

        // 15 of 29 days: 15 / 29 × 65 000 kr = 33 620.689… kr.
        Assert.Equal((15L, 29L, 3_362_069L), (february.Quantity, february.BaseQuantity, february.AmountOre));
    }

    [Fact]
    public void A_fixed_amount_is_pro_rata_for_the_days_a_version_is_in_force()
    {
        var line = new ServiceLine { LineId = "fast", Description = "Fast tilskudd", KostraFunction = "244", FixedAmount = new FixedAmount { AmountOre = 30_000_000 } };
        var quarter = new DateRange(D(2026, 1, 1), D(2026, 3, 31)); // 90 days

        var whole = PeriodAmountPricing.FixedAmount(line, PriceIndex.None, quarter, quarter);
        var part = PeriodAmountPricing.FixedAmount(line, PriceIndex.None, quarter, new DateRange(D(2026, 2, 15), D(2026, 3, 31)));

        Assert.Equal(30_000_000, whole.AmountOre);
        Assert.Equal((45L, 90L, 15_000_000L), (part.Quantity, part.BaseQuantity, part.AmountOre));
    }

    [Fact]
    public void A_minimum_tops_up_and_a_cap_takes_off_the_excess()
    {
        var line = new ServiceLine { LineId = "vakt", Description = "Barnevernvakt", KostraFunction = "244", MinimumPerPeriodOre = 500_000, CapPerPeriodOre = 2_000_000 };
        var month = DateRange.Month(2026, 1);
        PricedLine Usage(long amount) => new()
        {
            ServiceLine = "vakt",
            Description = "",
            KostraFunction = "244",
            Quantity = 1,
            UnitCode = UnitCodes.One,
            UnitPriceOre = amount,
            Period = month,
            Basis = new(),
        };

        var minimum = PeriodLimits.Adjustment(line, month, [Usage(100_000), Usage(275_000)]);
        var cap = PeriodLimits.Adjustment(line, month, [Usage(1_500_000), Usage(750_000)]);

        Assert.Equal((125_000L, "minimum"), (minimum!.AmountOre, minimum.Basis.PriceModel));
        Assert.Equal((-250_000L, "cap"), (cap!.AmountOre, cap.Basis.PriceModel));
        Assert.Null(PeriodLimits.Adjustment(line, month, [Usage(500_000)]));
        Assert.Null(PeriodLimits.Adjustment(line, month, [Usage(2_000_000)]));
    }
}
