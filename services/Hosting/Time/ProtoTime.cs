using Google.Protobuf.WellKnownTypes;

namespace Intermunicipal.Hosting.Time;

/// <summary>Conversions between stored values and proto time types.</summary>
public static class ProtoTime
{
    /// <summary>
    /// The instant to the microsecond, as PostgreSQL stores it: every later read returns what
    /// the first answer did.
    /// </summary>
    public static DateTime ToStoredPrecision(DateTime utc) => utc.AddTicks(-(utc.Ticks % TimeSpan.TicksPerMicrosecond));

    public static Timestamp ToTimestamp(DateTime utc) => Timestamp.FromDateTime(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static Timestamp? ToTimestampOrNull(DateTime? utc) => utc is { } value ? ToTimestamp(value) : null;

    public static Google.Type.Date ToDate(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    public static DateOnly ToDateOnly(NodaTime.LocalDate date) => new(date.Year, date.Month, date.Day);

    public static NodaTime.LocalDate ToLocalDate(DateOnly date) => new(date.Year, date.Month, date.Day);
}
