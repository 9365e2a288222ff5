using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.UnitTests.Domain;

/// <summary>Each price model against amounts worked out by hand, to the øre.</summary>
public sealed class PricingTests
{
    private static readonly PriceIndex Index2026 = new(2025, new Dictionary<int, int> { [2026] = 400 }); // +4 % in 2026

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static DateRange R(DateOnly first, DateOnly last) => new(first, last);

    private static ServiceLine PerUnit(UsageUnit unit, long price) => new()
    {
        LineId = "line",
        Description = "Tjeneste",
        KostraFunction = "244",
        PerUnit = new PerUnit { Unit = unit, UnitPriceOre = price },
    };

    private static UsageItem Item(string id, UsageUnit unit, DateOnly day, long quantity = 1) => new(id, unit, R(day, day), quantity);

    [Fact]
    public void Calls_are_counted_once_each_at_the_indexed_unit_price()
    {
        var usage = new[]
        {
            Item("calls/a", UsageUnit.Call, D(2026, 1, 3)),
            Item("calls/b", UsageUnit.Call, D(2026, 1, 31)),
            Item("calls/c", UsageUnit.Call, D(2026, 2, 1)), // outside January
            Item("calls/d/callOut", UsageUnit.CallOut, D(2026, 1, 5)), // another unit
            Item("calls/e", UsageUnit.Call, D(2026, 1, 20)),
        };

        var line = Assert.Single(UnitPricing.Price(PerUnit(UsageUnit.Call, 125_000), Index2026, DateRange.Month(2026, 1), usage));

        // 1 250 kr × 1.04 = 1 300 kr; 3 calls = 3 900 kr.
        Assert.Equal((3L, 130_000L, 390_000L), (line.Quantity, line.UnitPriceOre, line.AmountOre));
        Assert.Equal(["calls/a", "calls/b", "calls/e"], line.Items.Select(i => i.Source));
        Assert.Equal((1_040_000L, 125_000L, 3L), (line.Basis.IndexFactorPpm, line.Basis.BasePriceOre, line.Basis.UsageItemCount));
    }

    [Fact]
    public void A_lines_items_are_in_source_order_however_the_source_listed_them()
    {
        var usage = new[]
        {
            Item("calls/c", UsageUnit.Call, D(2026, 1, 2)),
            Item("calls/a", UsageUnit.Call, D(2026, 1, 9)),
            Item("calls/b", UsageUnit.Call, D(2026, 1, 1)),
        };

        var line = Assert.Single(UnitPricing.Price(PerUnit(UsageUnit.Call, 100_00), PriceIndex.None, DateRange.Month(2026, 1), usage));

        Assert.Equal(["calls/a", "calls/b", "calls/c"], line.Items.Select(i => i.Source));
    }

    [Fact]
    public void Two_pieces_of_one_treatment_are_listed_by_their_first_day()
    {
        var usage = new[]
        {
            new UsageItem("teams/t/referrals/a", UsageUnit.SlotDay, R(D(2026, 1, 20), D(2026, 1, 31)), 12),
            new UsageItem("teams/t/referrals/a", UsageUnit.SlotDay, R(D(2026, 1, 1), D(2026, 1, 10)), 10),
        };

        var line = Assert.Single(UnitPricing.Price(PerUnit(UsageUnit.SlotDay, 100_00), PriceIndex.None, DateRange.Month(2026, 1), usage));

        Assert.Equal([D(2026, 1, 1), D(2026, 1, 20)], line.Items.Select(i => i.Days.First));
        Assert.Equal(22L, line.Quantity);
    }

    [Fact]
    public void Call_out_hours_are_billed_by_the_minute_against_the_hourly_price()
    {
        var usage = new[] { Item("x/callOut", UsageUnit.CallOutHour, D(2026, 3, 1), 45), Item("y/callOut", UsageUnit.CallOutHour, D(2026, 3, 9), 80) };

        var line = Assert.Single(UnitPricing.Price(PerUnit(UsageUnit.CallOutHour, 90_000), PriceIndex.None, DateRange.Month(2026, 3), usage));

        // 125 minutes at 900 kr/h = 1 875 kr.
        Assert.Equal((125L, "MIN", 60L, 187_500L), (line.Quantity, line.UnitCode, line.BaseQuantity, line.AmountOre));
    }

    [Fact]
    public void Slot_days_count_only_the_days_inside_the_period()
    {
        // Treatment from 20 December 2025, still running: January 2026 holds 31 of its days; another ended 10 January.
        var usage = new[]
        {
            new UsageItem("teams/t/referrals/a", UsageUnit.SlotDay, R(D(2025, 12, 20), D(2026, 2, 28)), 71),
            new UsageItem("teams/t/referrals/b", UsageUnit.SlotDay, R(D(2025, 11, 1), D(2026, 1, 10)), 71),
        };

        var line = Assert.Single(UnitPricing.Price(PerUnit(UsageUnit.SlotDay, 350_000), Index2026, DateRange.Month(2026, 1), usage));

        // 31 + 10 = 41 slot-days at 3 500 kr × 1.04 = 3 640 kr = 149 240 kr.
        Assert.Equal((41L, 364_000L, 14_924_000L), (line.Quantity, line.UnitPriceOre, line.AmountOre));
        Assert.Equal([R(D(2026, 1, 1), D(2026, 1, 31)), R(D(2026, 1, 1), D(2026, 1, 10))], line.Items.Select(i => i.Days));
    }

    [Fact]
    public void Usage_across_new_year_gives_a_line_per_year_with_that_year_s_index()
    {
        var usage = new[] { new UsageItem("teams/t/referrals/a", UsageUnit.SlotDay, R(D(2025, 12, 22), D(2026, 1, 4)), 14) };

        var lines = UnitPricing.Price(PerUnit(UsageUnit.SlotDay, 350_000), Index2026, R(D(2025, 12, 1), D(2026, 1, 31)), usage).ToList();

        Assert.Equal([(10L, 350_000L, 3_500_000L), (4L, 364_000L, 1_456_000L)], lines.Select(l => (l.Quantity, l.UnitPriceOre, l.AmountOre)));
    }

    [Fact]
    public void Started_treatments_are_counted_on_their_start_day()
    {
        var usage = new[] { Item("teams/t/referrals/a", UsageUnit.StartedTreatment, D(2026, 4, 30)), Item("teams/t/referrals/b", UsageUnit.StartedTreatment, D(2026, 5, 1)) };

        var line = Assert.Single(UnitPricing.Price(PerUnit(UsageUnit.StartedTreatment, 1_500_000), PriceIndex.None, DateRange.Month(2026, 4), usage));

        Assert.Equal((1L, 1_500_000L), (line.Quantity, line.AmountOre));
    }

    [Fact]
    public void A_late_line_shows_the_days_its_usage_happened()
    {
        var usage = new[] { Item("calls/a", UsageUnit.Call, D(2026, 2, 15)), Item("calls/b", UsageUnit.Call, D(2026, 3, 2)) };

        var line = Assert.Single(UnitPricing.Price(PerUnit(UsageUnit.Call, 125_000), PriceIndex.None, R(D(2026, 1, 1), D(2026, 3, 31)), usage, late: true));

        Assert.True(line.Late);
        Assert.Equal(R(D(2026, 2, 15), D(2026, 3, 2)), line.Period);
    }

    [Fact]
    public void No_usage_gives_no_line() =>
        Assert.Empty(UnitPricing.Price(PerUnit(UsageUnit.Call, 125_000), PriceIndex.None, DateRange.Month(2026, 1), []));
}
