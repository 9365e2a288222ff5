using NodaTime;

namespace Intermunicipal.Hosting.Time;

/// <summary>
/// Norwegian local time. Instants are stored in UTC; days, shifts, months and periods are
/// Europe/Oslo, from NodaTime's own time-zone database so no machine setting changes a result.
/// </summary>
public static class NorwegianTime
{
    public static readonly DateTimeZone Oslo = DateTimeZoneProviders.Tzdb["Europe/Oslo"];

    /// <summary>The Oslo calendar date of a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) =>
        ProtoTime.ToDateOnly(Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(Oslo).Date);
}
