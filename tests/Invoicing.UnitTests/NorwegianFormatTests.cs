using Intermunicipal.Invoicing.Documents;

namespace Intermunicipal.Invoicing.UnitTests;

/// <summary>Norwegian formats by hand, the same under any culture (the service runs with InvariantGlobalization).</summary>
public sealed class NorwegianFormatTests
{
    private const char Nbsp = '\u00A0';

    [Theory]
    [InlineData(123_456_750L, "1 234 567,50")]
    [InlineData(100_000L, "1 000,00")]
    [InlineData(99_999L, "999,99")]
    [InlineData(5L, "0,05")]
    [InlineData(0L, "0,00")]
    [InlineData(-495_000L, "-4 950,00")]
    [InlineData(-50L, "-0,50")]
    public void Amounts_have_a_decimal_comma_and_no_break_spaces_between_thousands(long ore, string expected) =>
        Assert.Equal(expected.Replace(' ', Nbsp), NorwegianFormat.Amount(ore));

    [Fact]
    public void Kroner_stay_on_one_line() => Assert.Equal($"kr{Nbsp}317{Nbsp}936,25", NorwegianFormat.Kroner(317_936_25));

    [Theory]
    [InlineData("2.50", "2,5")]
    [InlineData("1234", "1 234")]
    [InlineData("-3", "-3")]
    [InlineData("0.125", "0,125")]
    public void Quantities_drop_trailing_zeros(string invariant, string expected) =>
        Assert.Equal(expected.Replace(' ', Nbsp), NorwegianFormat.Quantity(decimal.Parse(invariant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Dates_are_day_month_year_with_points() =>
        Assert.Equal("24.11.2026", NorwegianFormat.Date(new DateOnly(2026, 11, 24)));

    [Fact]
    public void Periods_join_their_dates_with_an_en_dash() =>
        Assert.Equal("01.11.2026–30.11.2026", NorwegianFormat.Period(TestDocuments.November));

    [Fact]
    public void A_one_day_period_is_one_date() =>
        Assert.Equal("14.11.2026", NorwegianFormat.Period(new DocumentPeriod(new DateOnly(2026, 11, 14), new DateOnly(2026, 11, 14))));

    [Fact]
    public void Account_numbers_are_grouped_4_2_5() => Assert.Equal("1234.56.78903", NorwegianFormat.AccountNumber("12345678903"));

    [Fact]
    public void Organisation_numbers_are_grouped_3_3_3() => Assert.Equal("974 552 825", NorwegianFormat.OrganisationNumber("974552825"));
}
