using NodaTime;

namespace Intermunicipal.OnCall.Domain;

/// <summary>
/// Norwegian public holidays (offentlige høytidsdager and 1 and 17 May): the fixed ones and
/// those that move with Easter. Days the day services are closed, so the barnevernvakt is open.
/// </summary>
public static class NorwegianPublicHolidays
{
    // Offsets from Easter Sunday: Maundy Thursday, Good Friday, Easter Sunday, Easter Monday,
    // Ascension Day, Whit Sunday, Whit Monday.
    private static readonly int[] EasterOffsets = [-3, -2, 0, 1, 39, 49, 50];

    public static bool IsHoliday(LocalDate date)
    {
        if ((date.Month, date.Day) is (1, 1) or (5, 1) or (5, 17) or (12, 25) or (12, 26))
        {
            return true;
        }

        var easter = EasterSunday(date.Year);
        return EasterOffsets.Any(offset => easter.PlusDays(offset) == date);
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static LocalDate EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = (19 * a + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + 2 * e + 2 * i - h - k) % 7;
        var m = (a + 11 * h + 22 * l) / 451;
        var month = (h + l - 7 * m + 114) / 31;
        var day = (h + l - 7 * m + 114) % 31 + 1;
        return new LocalDate(year, month, day);
    }
}
