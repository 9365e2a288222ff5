using Intermunicipal.Invoicing.Domain;

namespace Intermunicipal.Invoicing.UnitTests.Domain;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("974552825", null)] // Bærum kommune
    [InlineData("974552826", "has an invalid check digit")]
    [InlineData("000000000", "must not be all zeros")]
    [InlineData("97455282", "must be 9 digits")]
    [InlineData("97455282x", "must be 9 digits")]
    [InlineData("９７４５５２８２５", "must be 9 digits")] // full-width digits are not ASCII digits
    public void Organisation_numbers_are_checked_by_mod_11(string number, string? problem) =>
        Assert.Equal(problem, OrganisationNumber.Problem(number));

    [Theory]
    [InlineData("12345678903", null)]
    [InlineData("12345678904", "has an invalid check digit")]
    [InlineData("1234.56.78903", "must be 11 digits")]
    public void Account_numbers_are_checked_by_mod_11(string number, string? problem) =>
        Assert.Equal(problem, BankAccountNumber.Problem(number));

    [Fact]
    public void Account_numbers_print_grouped() => Assert.Equal("1234.56.78903", BankAccountNumber.Grouped("12345678903"));

    [Theory]
    [InlineData("79927398713", true)] // Luhn only
    [InlineData("12345678903", true)] // both
    [InlineData("79927398710", false)]
    [InlineData("1", false)]
    [InlineData("12a3", false)]
    public void A_kid_ends_in_a_mod_10_or_mod_11_check_digit(string kid, bool valid) => Assert.Equal(valid, Kid.IsValid(kid));

    [Fact]
    public void A_kid_with_mod_11_remainder_10_ends_in_a_hyphen()
    {
        var payload = Enumerable.Range(1, 200).Select(n => n.ToString("0000000000", System.Globalization.CultureInfo.InvariantCulture))
            .First(p => Intermunicipal.Hosting.Validation.CheckDigits.Mod11Repeating([.. p.Select(c => c - '0')]) == -1);

        Assert.True(Kid.IsValid(payload + "-"));
        Assert.False(Kid.IsValid("12345678903"[..^1] + "-"));
    }

    [Fact]
    public void An_invoice_s_kid_is_its_year_and_number_with_a_luhn_digit()
    {
        var kid = Kid.ForInvoice(2026, 17);

        // Luhn over 20260000017, doubling every second digit from the right: 7×2=14→5, 1, 0×2, 0, 0×2, 0, 0×2, 6, 2×2=4, 0, 2×2=4 → 5+1+6+4+4 = 20 → check digit 0.
        Assert.Equal("202600000170", kid);
        Assert.True(Kid.IsValid(kid));
    }
}
