using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Domain;

/// <summary>Calendar billing periods: months, quarters or years.</summary>
public static class BillingPeriods
{
    public static int MonthsIn(BillingFrequency frequency) => frequency switch
    {
        BillingFrequency.Monthly => 1,
        BillingFrequency.Quarterly => 3,
        BillingFrequency.Yearly => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "no billing frequency"),
    };

    public static int PerYear(BillingFrequency frequency) => 12 / MonthsIn(frequency);

    /// <summary>The billing period that contains <paramref name="day"/>.</summary>
    public static DateRange Containing(BillingFrequency frequency, DateOnly day)
    {
        var months = MonthsIn(frequency);
        var first = new DateOnly(day.Year, (day.Month - 1) / months * months + 1, 1);
        return new DateRange(first, first.AddMonths(months).AddDays(-1));
    }

    /// <summary>Every billing period with a day in <paramref name="range"/>, in order.</summary>
    public static IEnumerable<DateRange> Overlapping(BillingFrequency frequency, DateRange range)
    {
        for (var period = Containing(frequency, range.First); period.First <= range.Last; period = Containing(frequency, period.Last.AddDays(1)))
        {
            yield return period;
        }
    }
}
