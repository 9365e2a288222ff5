using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Domain;
using NodaTime;

namespace Intermunicipal.OnCall.UnitTests;

/// <summary>Office hours 08:00–15:30 Europe/Oslo. Expected instants are written in UTC on purpose.</summary>
public sealed class OfficeCalendarTests
{
    private static readonly OfficeCalendar Calendar = new(TestData.OfficeOpens, TestData.OfficeCloses, alwaysOpen: false);
    private static readonly OfficeCalendar AlwaysOpen = new(TestData.OfficeOpens, TestData.OfficeCloses, alwaysOpen: true);

    private static Instant Oslo(int year, int month, int day, int hour, int minute = 0) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(NorwegianTime.Oslo).ToInstant();

    [Fact]
    public void Oslo_is_the_tzdb_Europe_Oslo_zone() =>
        Assert.Equal("Europe/Oslo", NorwegianTime.Oslo.Id);

    [Fact]
    public void A_Friday_evening_call_is_handed_over_on_Monday() =>
        Assert.Equal(new LocalDate(2026, 3, 16), Calendar.HandoverDate(Oslo(2026, 3, 13, 21, 30)));

    [Fact]
    public void A_call_in_the_small_hours_of_a_working_day_is_handed_over_that_morning() =>
        Assert.Equal(new LocalDate(2026, 3, 17), Calendar.HandoverDate(Oslo(2026, 3, 17, 7, 59)));

    [Fact]
    public void A_call_after_midnight_UTC_but_before_opening_in_Oslo_is_handed_over_that_Oslo_morning() =>
        // 23:30Z on Monday 16 March is 00:30 on Tuesday in Oslo.
        Assert.Equal(new LocalDate(2026, 3, 17), Calendar.HandoverDate(Instant.FromUtc(2026, 3, 16, 23, 30)));

    [Fact]
    public void A_call_at_the_moment_the_office_opens_goes_to_the_next_working_day() =>
        Assert.Equal(new LocalDate(2026, 3, 18), Calendar.HandoverDate(Oslo(2026, 3, 17, 8, 0)));

    [Fact]
    public void A_call_during_office_hours_goes_to_the_next_working_day() =>
        Assert.Equal(new LocalDate(2026, 3, 18), Calendar.HandoverDate(Oslo(2026, 3, 17, 10, 0)));

    [Fact]
    public void A_call_on_the_Wednesday_evening_before_Easter_2026_is_handed_over_on_the_Tuesday_after() =>
        Assert.Equal(new LocalDate(2026, 4, 7), Calendar.HandoverDate(Oslo(2026, 4, 1, 20, 0)));

    [Fact]
    public void A_call_on_the_evening_before_17_May_on_a_weekday_is_handed_over_on_18_May() =>
        // 17 May 2028 is a Wednesday.
        Assert.Equal(new LocalDate(2028, 5, 18), Calendar.HandoverDate(Oslo(2028, 5, 16, 22, 0)));

    [Fact]
    public void A_call_on_Christmas_Eve_evening_is_handed_over_after_the_Christmas_holidays() =>
        // 2026: 24 December is a Thursday; 25 and 26 are holidays, then a weekend.
        Assert.Equal(new LocalDate(2026, 12, 28), Calendar.HandoverDate(Oslo(2026, 12, 24, 18, 0)));

    [Theory]
    [InlineData(2026, 3, 16, true)] // Monday
    [InlineData(2026, 3, 14, false)] // Saturday
    [InlineData(2026, 3, 15, false)] // Sunday
    [InlineData(2026, 4, 3, false)] // Good Friday
    [InlineData(2028, 5, 17, false)] // 17 May, Wednesday
    [InlineData(2026, 12, 24, true)] // Christmas Eve, Thursday
    public void Working_days_are_weekdays_that_are_not_holidays(int year, int month, int day, bool working) =>
        Assert.Equal(working, OfficeCalendar.IsWorkingDay(new LocalDate(year, month, day)));

    [Fact]
    public void A_midweek_shift_runs_from_yesterdays_closing_to_this_mornings_opening()
    {
        var (start, end) = Calendar.Shift(new LocalDate(2026, 3, 18));

        Assert.Equal(Instant.FromUtc(2026, 3, 17, 14, 30), start); // 15:30 CET
        Assert.Equal(Instant.FromUtc(2026, 3, 18, 7, 0), end); // 08:00 CET
    }

    [Fact]
    public void The_shift_handed_over_on_the_Monday_after_spring_DST_change_is_63_and_a_half_hours()
    {
        // Clocks go forward on Sunday 29 March 2026.
        var (start, end) = Calendar.Shift(new LocalDate(2026, 3, 30));

        Assert.Equal(Instant.FromUtc(2026, 3, 27, 14, 30), start); // Friday 15:30 CET
        Assert.Equal(Instant.FromUtc(2026, 3, 30, 6, 0), end); // Monday 08:00 CEST
        Assert.Equal(Duration.FromMinutes(63 * 60 + 30), end - start);
    }

    [Fact]
    public void The_shift_handed_over_on_the_Monday_after_autumn_DST_change_is_65_and_a_half_hours()
    {
        // Clocks go back on Sunday 25 October 2026.
        var (start, end) = Calendar.Shift(new LocalDate(2026, 10, 26));

        Assert.Equal(Instant.FromUtc(2026, 10, 23, 13, 30), start); // Friday 15:30 CEST
        Assert.Equal(Instant.FromUtc(2026, 10, 26, 7, 0), end); // Monday 08:00 CET
        Assert.Equal(Duration.FromMinutes(65 * 60 + 30), end - start);
    }

    [Fact]
    public void The_shift_after_Easter_starts_on_the_last_working_day_before_it()
    {
        var (start, end) = Calendar.Shift(new LocalDate(2026, 4, 7));

        Assert.Equal(Instant.FromUtc(2026, 4, 1, 13, 30), start); // Wednesday 15:30 CEST
        Assert.Equal(Instant.FromUtc(2026, 4, 7, 6, 0), end); // Tuesday 08:00 CEST
    }

    [Fact]
    public void An_always_open_units_shift_starts_at_the_previous_working_days_opening()
    {
        var (start, end) = AlwaysOpen.Shift(new LocalDate(2026, 3, 30));

        Assert.Equal(Instant.FromUtc(2026, 3, 27, 7, 0), start); // Friday 08:00 CET
        Assert.Equal(Instant.FromUtc(2026, 3, 30, 6, 0), end); // Monday 08:00 CEST
    }

    [Fact]
    public void A_call_is_inside_the_shift_of_its_handover_date()
    {
        var received = Oslo(2026, 3, 28, 3, 15); // Saturday night
        var (start, end) = Calendar.Shift(Calendar.HandoverDate(received));

        Assert.True(start <= received && received < end);
    }

    [Fact]
    public void Days_of_March_2026_span_the_spring_DST_change()
    {
        var (start, end) = OfficeCalendar.Days(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

        Assert.Equal(Instant.FromUtc(2026, 2, 28, 23, 0), start); // 1 March 00:00 CET
        Assert.Equal(Instant.FromUtc(2026, 3, 31, 22, 0), end); // 1 April 00:00 CEST
        Assert.Equal(Duration.FromHours(31 * 24 - 1), end - start);
    }

    [Fact]
    public void Days_of_October_2026_span_the_autumn_DST_change()
    {
        var (start, end) = OfficeCalendar.Days(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31));

        Assert.Equal(Instant.FromUtc(2026, 9, 30, 22, 0), start); // 1 October 00:00 CEST
        Assert.Equal(Instant.FromUtc(2026, 10, 31, 23, 0), end); // 1 November 00:00 CET
        Assert.Equal(Duration.FromHours(31 * 24 + 1), end - start);
    }

    [Fact]
    public void Days_of_a_single_day_is_that_Oslo_day()
    {
        var (start, end) = OfficeCalendar.Days(new LocalDate(2026, 7, 1), new LocalDate(2026, 7, 1));

        Assert.Equal(Instant.FromUtc(2026, 6, 30, 22, 0), start);
        Assert.Equal(Instant.FromUtc(2026, 7, 1, 22, 0), end);
    }
}
