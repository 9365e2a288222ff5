namespace Intermunicipal.Invoicing.Domain;

/// <summary>Whole days from <see cref="First"/> to <see cref="Last"/>, both included.</summary>
public readonly record struct DateRange(DateOnly First, DateOnly Last)
{
    public int Days => Last.DayNumber - First.DayNumber + 1;

    public bool Contains(DateOnly day) => First <= day && day <= Last;

    /// <summary>The days both ranges share, or null when none.</summary>
    public DateRange? Intersect(DateRange other)
    {
        var first = First > other.First ? First : other.First;
        var last = Last < other.Last ? Last : other.Last;
        return first <= last ? new DateRange(first, last) : null;
    }

    /// <summary>The range cut at each New Year, so each part lies in one year.</summary>
    public IEnumerable<DateRange> ByYear()
    {
        for (var first = First; first <= Last; first = new DateOnly(first.Year + 1, 1, 1))
        {
            var yearEnd = new DateOnly(first.Year, 12, 31);
            yield return new DateRange(first, yearEnd < Last ? yearEnd : Last);
        }
    }

    /// <summary>The range cut at each month's end, so each part lies in one month.</summary>
    public IEnumerable<DateRange> ByMonth()
    {
        for (var first = First; first <= Last; first = new DateOnly(first.Year, first.Month, 1).AddMonths(1))
        {
            var monthEnd = new DateOnly(first.Year, first.Month, DateTime.DaysInMonth(first.Year, first.Month));
            yield return new DateRange(first, monthEnd < Last ? monthEnd : Last);
        }
    }

    public static DateRange Month(int year, int month) => new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public override string ToString() => $"{First:yyyy-MM-dd}..{Last:yyyy-MM-dd}";
}
