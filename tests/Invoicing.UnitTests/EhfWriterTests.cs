using System.Text;
using System.Xml.Linq;
using Intermunicipal.Invoicing.Documents;
using Intermunicipal.Invoicing.Documents.Ehf;
using static Intermunicipal.Invoicing.UnitTests.TestDocuments;

namespace Intermunicipal.Invoicing.UnitTests;

/// <summary>The EHF's structure: what the validator cannot tell us is right for these municipalities.</summary>
public sealed class EhfWriterTests
{
    private static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    private static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    private static XElement Root(InvoiceDocument document) => EhfWriter.Write(document).Root!;

    private static string Value(XElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            current = current.Element((name.StartsWith("cac:", StringComparison.Ordinal) ? Cac : Cbc) + name[4..])
                ?? throw new Xunit.Sdk.XunitException($"No {name} in {current.Name.LocalName}.");
        }
        return current.Value;
    }

    [Fact]
    public void An_invoice_is_a_BIS_3_Invoice_with_type_code_380_in_NOK()
    {
        var root = Root(NovemberInvoice);

        Assert.Equal("urn:oasis:names:specification:ubl:schema:xsd:Invoice-2", root.Name.NamespaceName);
        Assert.Equal("Invoice", root.Name.LocalName);
        Assert.Equal(EhfWriter.CustomizationId, Value(root, "cbc:CustomizationID"));
        Assert.Equal(EhfWriter.ProfileId, Value(root, "cbc:ProfileID"));
        Assert.Equal("380", Value(root, "cbc:InvoiceTypeCode"));
        Assert.Equal("NOK", Value(root, "cbc:DocumentCurrencyCode"));
        Assert.Equal("2026-12-31", Value(root, "cbc:DueDate"));
        Assert.Equal("3203-barnevern", Value(root, "cbc:BuyerReference"));
        Assert.Equal("2026-11-01", Value(root, "cac:InvoicePeriod", "cbc:StartDate"));
        Assert.All(root.Descendants().Where(e => e.Attribute("currencyID") is not null), e => Assert.Equal("NOK", e.Attribute("currencyID")!.Value));
    }

    [Fact]
    public void A_credit_note_is_type_381_and_refers_to_the_invoice_it_corrects()
    {
        var root = Root(OctoberCreditNote);

        Assert.Equal("CreditNote", root.Name.LocalName);
        Assert.Equal("381", Value(root, "cbc:CreditNoteTypeCode"));
        Assert.Equal("2026-000012", Value(root, "cac:BillingReference", "cac:InvoiceDocumentReference", "cbc:ID"));
        Assert.Equal("2026-11-02", Value(root, "cac:BillingReference", "cac:InvoiceDocumentReference", "cbc:IssueDate"));
        Assert.All(root.Elements(Cac + "CreditNoteLine"), line => Assert.NotNull(line.Element(Cbc + "CreditedQuantity")));
        Assert.Null(root.Element(Cac + "PaymentMeans"));
    }

    [Fact]
    public void Parties_are_identified_by_organisation_number_with_scheme_0192()
    {
        var seller = Root(NovemberInvoice).Element(Cac + "AccountingSupplierParty")!.Element(Cac + "Party")!;

        var identifiers = new[]
        {
            seller.Element(Cbc + "EndpointID")!,
            seller.Element(Cac + "PartyIdentification")!.Element(Cbc + "ID")!,
            seller.Element(Cac + "PartyLegalEntity")!.Element(Cbc + "CompanyID")!,
        };
        Assert.All(identifiers, id => Assert.Equal(("0192", BaerumNumber), (id.Attribute("schemeID")?.Value, id.Value)));
        Assert.Equal("Bærum kommune", Value(seller, "cac:PartyLegalEntity", "cbc:RegistrationName"));
    }

    [Fact]
    public void A_seller_in_the_VAT_register_shows_its_VAT_number_and_one_outside_it_its_organisation_number_as_tax_id()
    {
        var registered = Root(NovemberInvoice).Descendants(Cac + "PartyTaxScheme").First();
        var unregistered = Root(HostileTextInvoice).Descendants(Cac + "PartyTaxScheme").Single();

        Assert.Equal(("NO974552825MVA", "VAT"), (Value(registered, "cbc:CompanyID"), Value(registered, "cac:TaxScheme", "cbc:ID")));
        Assert.Equal((LierNumber, "TAX"), (Value(unregistered, "cbc:CompanyID"), Value(unregistered, "cac:TaxScheme", "cbc:ID")));
    }

    [Fact]
    public void Payment_is_a_credit_transfer_with_the_KID_to_the_11_digit_account_within_30_days()
    {
        var root = Root(NovemberInvoice);

        Assert.Equal("30", Value(root, "cac:PaymentMeans", "cbc:PaymentMeansCode"));
        Assert.Equal("2026000170", Value(root, "cac:PaymentMeans", "cbc:PaymentID"));
        Assert.Equal("15032711003", Value(root, "cac:PaymentMeans", "cac:PayeeFinancialAccount", "cbc:ID"));
        Assert.Equal("Betalingsfrist 30 dager", Value(root, "cac:PaymentTerms", "cbc:Note"));
    }

    [Fact]
    public void Everything_is_exempt_category_E_with_the_Norwegian_reason_and_no_tax()
    {
        var root = Root(NovemberInvoice);
        var category = root.Element(Cac + "TaxTotal")!.Element(Cac + "TaxSubtotal")!.Element(Cac + "TaxCategory")!;

        Assert.Equal("0.00", Value(root, "cac:TaxTotal", "cbc:TaxAmount"));
        Assert.Equal(("E", "0"), (Value(category, "cbc:ID"), Value(category, "cbc:Percent")));
        Assert.Contains("merverdiavgiftsloven § 3-4", Value(category, "cbc:TaxExemptionReason"));
        Assert.All(root.Descendants(Cac + "ClassifiedTaxCategory"), c => Assert.Equal("E", Value(c, "cbc:ID")));
    }

    [Fact]
    public void Totals_are_the_sum_of_the_lines_in_invariant_decimals()
    {
        var root = Root(NovemberInvoice);
        var lineSum = root.Elements(Cac + "InvoiceLine").Sum(l => decimal.Parse(Value(l, "cbc:LineExtensionAmount"), System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(317_936.25m, lineSum);
        foreach (var total in new[] { "LineExtensionAmount", "TaxExclusiveAmount", "TaxInclusiveAmount", "PayableAmount" })
        {
            Assert.Equal("317936.25", Value(root, "cac:LegalMonetaryTotal", "cbc:" + total));
        }
        Assert.Equal("317936.25", Value(root, "cac:TaxTotal", "cac:TaxSubtotal", "cbc:TaxableAmount"));
    }

    [Fact]
    public void Each_line_carries_quantity_unit_KOSTRA_function_item_and_price_per_base_quantity()
    {
        var lines = Root(NovemberInvoice).Elements(Cac + "InvoiceLine").ToList();
        var callOut = lines[2];
        var correction = lines[4];

        Assert.Equal(["251", "251", "244", "244", "251"], lines.Select(l => Value(l, "cbc:AccountingCost")));
        Assert.Equal(("135", "MIN"), (Value(callOut, "cbc:InvoicedQuantity"), callOut.Element(Cbc + "InvoicedQuantity")!.Attribute("unitCode")!.Value));
        Assert.Equal(("1437.35", "60"), (Value(callOut, "cac:Price", "cbc:PriceAmount"), Value(callOut, "cac:Price", "cbc:BaseQuantity")));
        Assert.Equal("MIN", callOut.Element(Cac + "Price")!.Element(Cbc + "BaseQuantity")!.Attribute("unitCode")!.Value);
        Assert.Equal("3234.04", Value(callOut, "cbc:LineExtensionAmount"));
        Assert.Equal(("2026-11-14", "Barnevernvakt: utrykning"), (Value(callOut, "cac:InvoicePeriod", "cbc:StartDate"), Value(callOut, "cac:Item", "cbc:Name")));
        Assert.Equal(("-3", "-4950.00", "1650.00"), (Value(correction, "cbc:InvoicedQuantity"), Value(correction, "cbc:LineExtensionAmount"), Value(correction, "cac:Price", "cbc:PriceAmount")));
        Assert.Null(lines[0].Element(Cac + "InvoicePeriod"));
    }

    [Fact]
    public void Fractional_quantities_are_written_with_a_point_and_no_trailing_zeros()
    {
        var line = Root(HostileTextInvoice).Elements(Cac + "InvoiceLine").First();

        Assert.Equal("2.5", Value(line, "cbc:InvoicedQuantity"));
        Assert.Equal("102500.00", Value(line, "cbc:LineExtensionAmount"));
    }

    [Fact]
    public void The_bytes_are_UTF_8_without_a_byte_order_mark_and_escape_markup()
    {
        var bytes = EhfWriter.WriteUtf8(HostileTextInvoice);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.NotEqual(0xEF, bytes[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; co", text);
        Assert.DoesNotContain("<script>", text);
        Assert.Equal("<script>alert('x')</script> & co", XDocument.Parse(text).Descendants(Cbc + "Name").First().Value);
    }
}
