using Intermunicipal.Invoicing.Documents;
using Intermunicipal.Invoicing.Domain;

namespace Intermunicipal.Invoicing.UnitTests;

/// <summary>The made-up test data is itself valid: check digits, rounding and totals as the model promises.</summary>
public sealed class TestDocumentsTests
{
    public static TheoryData<string> Numbers => new(TestDocuments.All.Select(d => d.Number));

    private static InvoiceDocument ByNumber(string number) => TestDocuments.All.Single(d => d.Number == number);

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Identifiers_have_valid_check_digits(string number)
    {
        var document = ByNumber(number);

        Assert.Null(OrganisationNumber.Problem(document.Seller.OrganisationNumber));
        Assert.Null(OrganisationNumber.Problem(document.Buyer.OrganisationNumber));
        Assert.Null(BankAccountNumber.Problem(document.Payment.AccountNumber));
        Assert.True(Kid.IsValid(document.Payment.Kid));
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Documents_keep_every_consistency_rule(string number) =>
        Assert.Empty(DocumentConsistency.Problems(ByNumber(number)));

    [Fact]
    public void November_has_the_lines_the_brief_asks_for_and_its_total_is_their_sum()
    {
        var lines = TestDocuments.NovemberInvoice.Lines;

        Assert.Contains(lines, l => l.UnitCode == "DAY" && l.BaseQuantity == 30m && l.Period is not null);
        Assert.Contains(lines, l => l.UnitCode == "MIN" && l.BaseQuantity == 60m);
        Assert.Contains(lines, l => l.UnitCode == "C62" && l.Quantity == 1m);
        Assert.Contains(lines, l => l.Quantity < 0 && l.AmountOre < 0);
        Assert.Equal(317_936_25, TestDocuments.NovemberInvoice.TotalOre);
    }
}
