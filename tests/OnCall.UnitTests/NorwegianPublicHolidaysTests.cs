using Intermunicipal.OnCall.Domain;
using NodaTime;

namespace Intermunicipal.OnCall.UnitTests;

public sealed class NorwegianPublicHolidaysTests
{
    [Theory]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_Sunday_falls_on_the_known_date(int year, int month, int day) =>
        Assert.Equal(new LocalDate(year, month, day), NorwegianPublicHolidays.EasterSunday(year));

    [Theory]
    [InlineData(4, 2)] // Maundy Thursday (skjærtorsdag)
    [InlineData(4, 3)] // Good Friday (langfredag)
    [InlineData(4, 5)] // Easter Sunday
    [InlineData(4, 6)] // Easter Monday
    [InlineData(5, 14)] // Ascension Day (Kristi himmelfartsdag)
    [InlineData(5, 24)] // Whit Sunday
    [InlineData(5, 25)] // Whit Monday (2. pinsedag)
    public void The_holidays_that_move_with_Easter_2026_are_holidays(int month, int day) =>
        Assert.True(NorwegianPublicHolidays.IsHoliday(new LocalDate(2026, month, day)));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(5, 1)]
    [InlineData(5, 17)]
    [InlineData(12, 25)]
    [InlineData(12, 26)]
    public void The_fixed_holidays_are_holidays_every_year(int month, int day)
    {
        foreach (var year in new[] { 2024, 2025, 2026, 2027, 2028 })
        {
            Assert.True(NorwegianPublicHolidays.IsHoliday(new LocalDate(year, month, day)), $"{year}-{month}-{day}");
        }
    }

    [Theory]
    [InlineData(2026, 4, 1)] // Wednesday before Easter
    [InlineData(2026, 4, 4)] // Easter Saturday is not a public holiday
    [InlineData(2026, 4, 7)] // Tuesday after Easter
    [InlineData(2026, 5, 13)] // day before Ascension
    [InlineData(2026, 5, 26)] // day after Whit Monday
    [InlineData(2026, 12, 24)] // Christmas Eve
    [InlineData(2026, 12, 31)] // New Year's Eve
    [InlineData(2026, 3, 16)]
    [InlineData(2026, 11, 20)]
    public void Ordinary_days_and_the_eves_are_not_holidays(int year, int month, int day) =>
        Assert.False(NorwegianPublicHolidays.IsHoliday(new LocalDate(year, month, day)));
}
