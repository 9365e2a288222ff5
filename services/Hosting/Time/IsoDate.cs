using System.Globalization;
using Intermunicipal.Hosting.Errors;

namespace Intermunicipal.Hosting.Time;

/// <summary>yyyy-MM-dd dates in resource names and page tokens, culture-independent.</summary>
public static class IsoDate
{
    private const string Format = "yyyy-MM-dd";

    public static string ToText(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The date, or INVALID_ARGUMENT on <paramref name="field"/> saying <paramref name="problem"/>.</summary>
    public static DateOnly Parse(string text, string field, string problem) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw Problems.InvalidArgument(field, problem);
}
