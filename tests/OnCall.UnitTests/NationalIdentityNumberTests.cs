using Intermunicipal.OnCall.Domain;

namespace Intermunicipal.OnCall.UnitTests;

/// <summary>
/// Check digits were computed by hand with the mod-11 weights 3,7,6,1,8,9,4,5,2 and
/// 5,4,3,2,7,6,5,4,3,2 (a remainder giving 10 means no valid number for that stem).
/// </summary>
public sealed class NationalIdentityNumberTests
{
    [Theory]
    [InlineData("01011050081")] // 1 January 2010
    [InlineData("15031512376")] // 15 March 2015
    [InlineData("29121234597")] // 29 December 2012
    [InlineData("31129949980")] // 31 December 1999
    [InlineData("29025210180")] // 29 February 1952
    [InlineData("01019012480")] // 1 January 1990
    [InlineData("01011000300")] // first check digit 0 (remainder 0)
    public void Accepts_an_ordinary_number_with_valid_date_and_check_digits(string value) =>
        Assert.Null(NationalIdentityNumber.Problem(value));

    [Fact]
    public void Accepts_a_D_number_whose_day_is_increased_by_40() =>
        Assert.Null(NationalIdentityNumber.Problem("45011050011")); // day 05 + 40

    [Fact]
    public void Accepts_a_synthetic_number_whose_month_is_increased_by_80() =>
        Assert.Null(NationalIdentityNumber.Problem("01811050047")); // January + 80

    [Fact]
    public void Accepts_a_synthetic_number_whose_month_is_increased_by_40() =>
        Assert.Null(NationalIdentityNumber.Problem("01411050064")); // January + 40

    [Theory]
    [InlineData("")]
    [InlineData("0101105008")]
    [InlineData("010110500811")]
    public void Rejects_a_value_that_is_not_11_characters(string value) =>
        Assert.Equal("must be 11 digits", NationalIdentityNumber.Problem(value));

    [Theory]
    [InlineData("0101105008a")]
    [InlineData("01011 50081")]
    [InlineData("-1011050081")]
    [InlineData("０1011050081")] // a full-width digit is a digit, but not an ASCII one
    public void Rejects_a_value_with_non_digits(string value) =>
        Assert.Equal("must be 11 digits", NationalIdentityNumber.Problem(value));

    [Fact]
    public void Rejects_a_wrong_first_check_digit_even_when_the_second_matches_it() =>
        // "01011050081" with the first check digit changed to 0 and the second recomputed for it.
        Assert.Equal("has invalid check digits", NationalIdentityNumber.Problem("01011050006"));

    [Fact]
    public void Rejects_a_wrong_second_check_digit() =>
        Assert.Equal("has invalid check digits", NationalIdentityNumber.Problem("15031512377"));

    [Fact]
    public void Rejects_a_stem_whose_first_check_digit_would_be_10() =>
        // 010110512: the weighted sum leaves remainder 1, so no first check digit exists.
        Assert.Equal("has invalid check digits", NationalIdentityNumber.Problem("01011051207"));

    [Theory]
    [InlineData("01131050190")] // month 13 (check digits valid)
    [InlineData("32011050033")] // day 32
    [InlineData("31041050074")] // 31 April
    [InlineData("00011050042")] // day 0
    [InlineData("01001050091")] // month 0
    [InlineData("72011050027")] // D-number day 72 - 40 = 32
    [InlineData("01801050057")] // month 80: neither a real nor a synthetic month
    [InlineData("30021050055")] // 30 February
    public void Rejects_an_impossible_birth_date(string value) =>
        Assert.Equal("does not start with a valid birth date", NationalIdentityNumber.Problem(value));

    [Fact]
    public void Problem_never_echoes_the_number()
    {
        const string value = "15031512377";
        var problem = NationalIdentityNumber.Problem(value);
        Assert.NotNull(problem);
        Assert.DoesNotContain(value, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Synthetic_numbers_always_validate_and_carry_month_plus_80()
    {
        var first = new DateOnly(1999, 1, 1);
        for (var day = 0; day < 366 * 12; day += 7)
        {
            var birthDate = first.AddDays(day);
            foreach (var individual in new[] { 0, 1, 123, 499, 500, 998, 999, 1500 })
            {
                var number = NationalIdentityNumber.Synthetic(birthDate, individual);

                Assert.Equal(11, number.Length);
                Assert.Null(NationalIdentityNumber.Problem(number));
                Assert.Equal(birthDate.Day, int.Parse(number[..2], System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(birthDate.Month + 80, int.Parse(number[2..4], System.Globalization.CultureInfo.InvariantCulture));
                Assert.Equal(birthDate.Year % 100, int.Parse(number[4..6], System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    [Fact]
    public void Synthetic_uses_the_given_individual_number_when_it_yields_valid_check_digits() =>
        // 15 March 2015, individual number 500: "158315500" has check digits 3 and 9.
        Assert.Equal("15831550039", NationalIdentityNumber.Synthetic(new DateOnly(2015, 3, 15), 500));

    [Fact]
    public void Synthetic_skips_individual_numbers_for_which_no_check_digit_exists() =>
        // "158315501" and "158315502" each leave a remainder of 1 for one of the check digits.
        Assert.Equal("15831550381", NationalIdentityNumber.Synthetic(new DateOnly(2015, 3, 15), 501));
}
