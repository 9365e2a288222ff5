using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.UnitTests.Domain;

public sealed class CalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData(BillingFrequency.Monthly, 2026, 5, 15, "2026-05-01..2026-05-31")]
    [InlineData(BillingFrequency.Quarterly, 2026, 5, 15, "2026-04-01..2026-06-30")]
    [InlineData(BillingFrequency.Quarterly, 2026, 12, 31, "2026-10-01..2026-12-31")]
    [InlineData(BillingFrequency.Yearly, 2028, 2, 29, "2028-01-01..2028-12-31")]
    public void A_billing_period_follows_the_calendar(BillingFrequency frequency, int y, int m, int d, string period) =>
        Assert.Equal(period, BillingPeriods.Containing(frequency, D(y, m, d)).ToString());

    [Fact]
    public void The_periods_overlapping_a_range_are_listed_in_order() =>
        Assert.Equal(["2026-01-01..2026-01-31", "2026-02-01..2026-02-28", "2026-03-01..2026-03-31"],
            BillingPeriods.Overlapping(BillingFrequency.Monthly, new DateRange(D(2026, 1, 15), D(2026, 3, 2))).Select(p => p.ToString()));

    [Fact]
    public void A_range_cuts_at_new_year_and_at_month_ends()
    {
        var range = new DateRange(D(2025, 12, 20), D(2026, 2, 3));

        Assert.Equal(["2025-12-20..2025-12-31", "2026-01-01..2026-02-03"], range.ByYear().Select(r => r.ToString()));
        Assert.Equal(["2025-12-20..2025-12-31", "2026-01-01..2026-01-31", "2026-02-01..2026-02-03"], range.ByMonth().Select(r => r.ToString()));
        Assert.Equal(46, range.Days);
    }

    [Fact]
    public void The_price_index_compounds_from_the_year_after_the_base()
    {
        var index = new PriceIndex(2024, new Dictionary<int, int> { [2025] = 430, [2026] = 350, [2027] = -100 });

        Assert.Equal(100_000, index.Apply(100_000, 2023)); // before the base: base prices
        Assert.Equal(100_000, index.Apply(100_000, 2024));
        Assert.Equal(104_300, index.Apply(100_000, 2025));
        Assert.Equal(107_951, index.Apply(100_000, 2026)); // 1.043 × 1.035 = 1.079505 → 107 950.5 → 107 951
        Assert.Equal(106_871, index.Apply(100_000, 2027)); // × 0.99 = 1.06870995 → 106 870.995
        Assert.Equal(1_079_505, index.FactorPpmFor(2026));
        Assert.Equal(1_079_505, new PriceIndex(2024, new Dictionary<int, int> { [2025] = 430, [2026] = 350 }).FactorPpmFor(2030)); // missing years are 0 %
    }
}
