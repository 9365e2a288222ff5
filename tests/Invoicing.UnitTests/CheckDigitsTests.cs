using Intermunicipal.Invoicing.Documents;

namespace Intermunicipal.Invoicing.UnitTests;

public sealed class CheckDigitsTests
{
    [Theory]
    [InlineData("974552825", true)]
    [InlineData("974552826", false)]
    [InlineData("97455282", false)]
    [InlineData("97455282X", false)]
    [InlineData("000000000", false)]
    public void Organisation_numbers_use_modulus_11(string value, bool valid) =>
        Assert.Equal(valid, CheckDigits.IsOrganisationNumber(value));

    [Theory]
    [InlineData("12345678903", true)]
    [InlineData("12345678904", false)]
    [InlineData("1234.56.78903", false)]
    public void Account_numbers_use_modulus_11(string value, bool valid) =>
        Assert.Equal(valid, CheckDigits.IsAccountNumber(value));

    [Theory]
    [InlineData("2026000170", true)]
    [InlineData("2026000171", false)]
    [InlineData("79927398713", true)]
    [InlineData("7", false)]
    public void Kids_use_modulus_10(string value, bool valid) =>
        Assert.Equal(valid, CheckDigits.IsMod10(value));
}
