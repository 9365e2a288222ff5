using Intermunicipal.Hosting.Time;
using NodaTime;

namespace Intermunicipal.OnCall.Domain;

/// <summary>
/// When the municipalities' day services are open, in Europe/Oslo local time, and so which
/// morning a call is handed over and which shift it belongs to. All arithmetic is on instants
/// converted through the Oslo time zone, so a night shift across a daylight-saving change has
/// its true length.
/// </summary>
public sealed class OfficeCalendar(int officeOpensMinute, int officeClosesMinute, bool alwaysOpen)
{
    public static bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday) && !NorwegianPublicHolidays.IsHoliday(date);

    /// <summary>The working day whose office opening is the first one strictly after <paramref name="received"/>.</summary>
    public LocalDate HandoverDate(Instant received)
    {
        var date = received.InZone(NorwegianTime.Oslo).Date;
        while (!IsWorkingDay(date) || OfficeOpens(date) <= received)
        {
            date = date.PlusDays(1);
        }

        return date;
    }

    /// <summary>
    /// The shift handed over on <paramref name="handoverDate"/>: from the previous working day's
    /// office closing (its opening, for a unit that is always open) to this day's office opening.
    /// </summary>
    public (Instant Start, Instant End) Shift(LocalDate handoverDate)
    {
        var previous = handoverDate.PlusDays(-1);
        while (!IsWorkingDay(previous))
        {
            previous = previous.PlusDays(-1);
        }

        var start = alwaysOpen ? OfficeOpens(previous) : At(previous, officeClosesMinute);
        return (start, OfficeOpens(handoverDate));
    }

    private Instant OfficeOpens(LocalDate date) => At(date, officeOpensMinute);

    private static Instant At(LocalDate date, int minuteOfDay) =>
        date.At(LocalTime.FromMinutesSinceMidnight(minuteOfDay)).InZoneLeniently(NorwegianTime.Oslo).ToInstant();

    /// <summary>The instants bounding a period of whole Oslo days, end exclusive.</summary>
    public static (Instant Start, Instant End) Days(LocalDate first, LocalDate last) =>
        (first.AtStartOfDayInZone(NorwegianTime.Oslo).ToInstant(), last.PlusDays(1).AtStartOfDayInZone(NorwegianTime.Oslo).ToInstant());
}
