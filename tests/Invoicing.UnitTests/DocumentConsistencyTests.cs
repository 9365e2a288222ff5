using Intermunicipal.Invoicing.Documents;
using static Intermunicipal.Invoicing.UnitTests.TestDocuments;

namespace Intermunicipal.Invoicing.UnitTests;

/// <summary>A document that an access point would reject, or that would mislead the payer, is refused before it is written.</summary>
public sealed class DocumentConsistencyTests
{
    private static DocumentLine FirstLine => NovemberInvoice.Lines[0];

    private static string Refusal(InvoiceDocument document) =>
        Assert.Throws<ArgumentException>(() => DocumentConsistency.Ensure(document)).Message;

    [Fact]
    public void A_line_amount_that_is_not_quantity_times_price_over_base_is_refused() =>
        Assert.Contains("R120", Refusal(NovemberInvoice with { Lines = [FirstLine with { AmountOre = FirstLine.AmountOre + 1 }] }));

    [Fact]
    public void A_negative_price_is_refused() =>
        Assert.Contains("BR-27", Refusal(NovemberInvoice with { Lines = [FirstLine with { UnitPriceOre = -1, AmountOre = -60 }] }));

    [Fact]
    public void A_negative_total_is_refused()
    {
        var correction = NovemberInvoice.Lines.Single(l => l.Quantity < 0);

        Assert.Contains("total is negative", Refusal(NovemberInvoice with { Lines = [correction] }));
    }

    [Fact]
    public void A_credit_note_without_the_invoice_it_corrects_is_refused() =>
        Assert.Contains("must name the invoice", Refusal(OctoberCreditNote with { Corrects = null }));

    [Fact]
    public void A_line_period_outside_the_document_period_is_refused()
    {
        var october = FirstLine with { Period = October };

        Assert.Contains("R110/R111", Refusal(NovemberInvoice with { Lines = [october] }));
    }

    [Fact]
    public void A_bad_organisation_number_is_refused() =>
        Assert.Contains("R041", Refusal(NovemberInvoice with { Buyer = Asker with { OrganisationNumber = "944988107" } }));

    [Fact]
    public void A_zero_base_quantity_is_refused() =>
        Assert.Contains("R121", Refusal(NovemberInvoice with { Lines = [FirstLine with { BaseQuantity = 0 }] }));

    [Fact]
    public void Every_broken_rule_is_named_at_once()
    {
        var message = Refusal(NovemberInvoice with { BuyerReference = " ", Payment = NovemberInvoice.Payment with { AccountNumber = "1234" } });

        Assert.Contains("buyer reference", message);
        Assert.Contains("account number", message);
    }
}
