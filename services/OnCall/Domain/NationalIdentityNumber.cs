using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.OnCall.Domain;

/// <summary>
/// Fødselsnummer checks: 11 digits, a plausible birth date, and both mod-11 check digits.
/// D-numbers (first digit + 4) and synthetic test numbers (month + 40 for NAV's, + 80 for
/// Skatteetaten's) are accepted, because the unit meets foreign children and test data.
/// </summary>
public static class NationalIdentityNumber
{
    private static readonly int[] FirstWeights = [3, 7, 6, 1, 8, 9, 4, 5, 2];
    private static readonly int[] SecondWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>Null when valid, otherwise why not (without echoing the number).</summary>
    public static string? Problem(string value)
    {
        if (value.Length != 11 || !value.All(char.IsAsciiDigit))
        {
            return "must be 11 digits";
        }

        var digits = value.Select(c => c - '0').ToArray();
        if (!HasPlausibleDate(digits))
        {
            return "does not start with a valid birth date";
        }

        return CheckDigit(digits, FirstWeights) == digits[9] && CheckDigit(digits, SecondWeights) == digits[10]
            ? null
            : "has invalid check digits";
    }

    private static bool HasPlausibleDate(int[] d)
    {
        var day = d[0] * 10 + d[1];
        var month = d[2] * 10 + d[3];
        if (day > 40)
        {
            day -= 40; // D-number
        }

        if (month > 80)
        {
            month -= 80; // Skatteetaten's synthetic numbers
        }
        else if (month > 40)
        {
            month -= 40; // NAV's synthetic numbers (and H-numbers)
        }

        // The century is not needed to reject impossible dates; 29 February is allowed for any year.
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000, month);
    }

    /// <summary>Mod-11 check digit over the leading digits; -1 when no valid digit exists (remainder 1).</summary>
    private static int CheckDigit(int[] digits, int[] weights) => CheckDigits.Mod11(digits, weights);

    /// <summary>
    /// A valid synthetic test number (Skatteetaten style, month + 80) for a birth date: for demo
    /// data and tests, so that no real person's number is ever made up by accident.
    /// </summary>
    public static string Synthetic(DateOnly birthDate, int individual)
    {
        for (var n = individual; ; n++)
        {
            var stem = string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{birthDate.Day:00}{birthDate.Month + 80:00}{birthDate.Year % 100:00}{n % 1000:000}");
            var digits = stem.Select(c => c - '0').Append(0).Append(0).ToArray();
            var first = CheckDigit(digits, FirstWeights);
            digits[9] = first;
            var second = CheckDigit(digits, SecondWeights);
            if (first >= 0 && second >= 0)
            {
                return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{stem}{first}{second}");
            }
        }
    }
}
