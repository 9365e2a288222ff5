using Intermunicipal.Hosting.Time;
using NodaTime;

namespace Intermunicipal.Capacity.Demo;

/// <summary>Demo instants are written as Oslo wall-clock times in office hours on weekdays, and stored in UTC.</summary>
internal static class DemoTimes
{
    /// <summary>The UTC instant of <paramref name="hour"/>:<paramref name="minute"/> in Oslo on <paramref name="date"/>.</summary>
    public static DateTime OsloUtc(DateOnly date, int hour, int minute) =>
        ProtoTime.ToLocalDate(date).At(new LocalTime(hour, minute)).InZoneLeniently(NorwegianTime.Oslo).ToDateTimeUtc();

    /// <summary><paramref name="date"/>, or the Friday before when it falls on a weekend: offices refer on weekdays.</summary>
    public static DateOnly WorkdayOnOrBefore(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(-1),
        DayOfWeek.Sunday => date.AddDays(-2),
        _ => date,
    };
}
