using Google.Protobuf.WellKnownTypes;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Hosting.Validation;

/// <summary>Checks of single proto values shared by the request validators.</summary>
public static partial class ProtoValues
{
    // Timestamp.ToDateTime throws outside this range; anything outside it is a bad value anyway.
    private static readonly DateTime Earliest = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Latest = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    public static bool IsMunicipalityNumber(string value) => value.Length == 4 && value.All(char.IsAsciiDigit);

    /// <summary>
    /// A UUID in its canonical 8-4-4-4-12 hex form, nothing around it. Stored lower-case, so a
    /// retry that changes only the case is still the same request.
    /// </summary>
    public static bool IsUuid(string value) => CanonicalUuid().IsMatch(value);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\z")]
    private static partial System.Text.RegularExpressions.Regex CanonicalUuid();

    public static bool IsKnown<TEnum>(TEnum value) where TEnum : struct, System.Enum =>
        System.Enum.IsDefined(value) && Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture) != 0;

    /// <summary>A valid instant after 2000 as UTC; null after adding a violation when missing or malformed.</summary>
    public static DateTime? Instant(Timestamp? value, string field, FieldViolations violations)
    {
        if (value is null)
        {
            violations.Add(field, "is required");
            return null;
        }

        if (value.Nanos is < 0 or > 999_999_999 || value.Seconds < ToSeconds(Earliest) || value.Seconds > ToSeconds(Latest))
        {
            violations.Add(field, "must be a valid instant between 2000 and 2100");
            return null;
        }

        return ProtoTime.ToStoredPrecision(value.ToDateTime());
    }

    /// <summary>As <see cref="Instant"/>, and not in the future (allowing some clock skew).</summary>
    public static DateTime? PastInstant(Timestamp? value, string field, DateTime now, FieldViolations violations)
    {
        var instant = Instant(value, field, violations);
        if (instant > now + AllowedClockSkew)
        {
            violations.Add(field, "must not be in the future");
            return null;
        }

        return instant;
    }

    private static long ToSeconds(DateTime utc) => (long)(utc - DateTime.UnixEpoch).TotalSeconds;

    /// <summary>A real calendar date, or null after adding a violation when missing or impossible.</summary>
    public static DateOnly? Date(Google.Type.Date? value, string field, FieldViolations violations)
    {
        if (value is null)
        {
            violations.Add(field, "is required");
            return null;
        }

        if (value.Year is >= 1900 and <= 2100 && value.Month is >= 1 and <= 12
            && value.Day >= 1 && value.Day <= DateTime.DaysInMonth(value.Year, value.Month))
        {
            return new DateOnly(value.Year, value.Month, value.Day);
        }

        violations.Add(field, "must be a valid date between 1900 and 2100");
        return null;
    }

    /// <summary>
    /// A period of whole days (both inclusive) under <paramref name="field"/>: real dates, the end
    /// not before the start and within <paramref name="longestDays"/> of it; null after adding violations.
    /// </summary>
    public static (DateOnly First, DateOnly Last)? Period(Google.Type.Date? start, Google.Type.Date? end, string field, int longestDays,
        FieldViolations violations)
    {
        var first = Date(start, field + ".start_date", violations);
        var last = Date(end, field + ".end_date", violations);
        if (first is not { } f || last is not { } l)
        {
            return null;
        }

        violations.Require(l >= f, field + ".end_date", $"must not be before {field}.start_date")
            .Require(l.DayNumber - f.DayNumber < longestDays, field + ".end_date",
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"must be within {longestDays} days of {field}.start_date"));
        return l >= f && l.DayNumber - f.DayNumber < longestDays ? (f, l) : null;
    }

    /// <summary>
    /// A batch's municipality numbers: 1 to <paramref name="most"/>, each four digits and <paramref name="accepted"/>
    /// (else <paramref name="refusal"/>), none named twice; each fault named by its index, e.g. "municipality_numbers[2]".
    /// </summary>
    public static void MunicipalityNumbers(IList<string> numbers, string field, int most, Func<string, bool> accepted, string refusal,
        FieldViolations violations)
    {
        violations.Require(numbers.Count > 0 && numbers.Count <= most, field, $"must name 1 to {most} municipalities");
        for (var i = 0; i < numbers.Count && i < most; i++)
        {
            violations.Require(IsMunicipalityNumber(numbers[i]) && accepted(numbers[i]), $"{field}[{i}]", refusal)
                .Require(numbers.IndexOf(numbers[i]) == i, $"{field}[{i}]", "names a municipality already asked for");
        }
    }

    public static void Text(string value, string field, int maxLength, bool required, FieldViolations violations)
    {
        if (required && string.IsNullOrWhiteSpace(value))
        {
            violations.Add(field, "is required");
        }
        else if (value.Length > maxLength)
        {
            violations.Add(field, $"must be at most {maxLength} characters");
        }
        else if (value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            violations.Add(field, "must not contain control characters");
        }
    }
}
