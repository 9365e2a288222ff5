using System.Text;
using System.Xml;
using System.Xml.Linq;
using static Intermunicipal.Invoicing.Documents.Ehf.Ubl;

namespace Intermunicipal.Invoicing.Documents.Ehf;

/// <summary>
/// Writes a document as EHF Billing 3.0, which is Peppol BIS Billing 3.0 in UBL 2.1: an Invoice
/// (type 380) or a CreditNote (381) that refers to the invoice it corrects (BG-3). Elements come in
/// the order the UBL schema demands; every document passes <c>shared/peppol/validate</c> with no
/// fatal error (the unit tests run it). The one warning left is NO-R-002, see <see cref="EhfParties"/>.
/// </summary>
public static class EhfWriter
{
    public const string CustomizationId = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";

    /// <summary>Peppol billing process P1: invoicing of deliveries against a contract or agreement.</summary>
    public const string ProfileId = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";

    public const string InvoiceTypeCode = "380";
    public const string CreditNoteTypeCode = "381";

    /// <summary>UNCL 4461 "Credit transfer": the buyer pays into the seller's account with the KID.</summary>
    public const string CreditTransfer = "30";

    /// <exception cref="ArgumentException">When the document breaks a rule of <see cref="DocumentConsistency"/>.</exception>
    public static XDocument Write(InvoiceDocument document)
    {
        DocumentConsistency.Ensure(document);
        var isInvoice = document.Kind == DocumentKind.Invoice;
        var root = new XElement(isInvoice ? Invoice + "Invoice" : CreditNote + "CreditNote",
            new XAttribute(XNamespace.Xmlns + "cac", Cac.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "cbc", Cbc.NamespaceName),
            Header(document),
            EhfParties.Supplier(document.Seller),
            EhfParties.Customer(document.Buyer),
            isInvoice ? Payment(document.Payment) : null,
            TaxTotal(document.TotalOre),
            MonetaryTotal(document.TotalOre),
            document.Lines.Select(line => EhfLines.Line(line, document.Kind)));
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>The document as UTF-8 without a byte order mark, indented, with LF line ends whatever the platform.</summary>
    public static byte[] WriteUtf8(InvoiceDocument document)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            Write(document).Save(writer);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// BT-24 … BT-74 and BG-3. A credit note has no DueDate element in UBL and asks for no payment, so
    /// it carries neither a due date nor payment means.
    /// </summary>
    private static IEnumerable<XElement?> Header(InvoiceDocument document)
    {
        var isInvoice = document.Kind == DocumentKind.Invoice;
        yield return Basic("CustomizationID", CustomizationId);
        yield return Basic("ProfileID", ProfileId);
        yield return Basic("ID", document.Number);
        yield return Basic("IssueDate", Date(document.IssueDate));
        yield return isInvoice && document.DueDate is { } due ? Basic("DueDate", Date(due)) : null;
        yield return isInvoice ? Basic("InvoiceTypeCode", InvoiceTypeCode) : Basic("CreditNoteTypeCode", CreditNoteTypeCode);
        yield return Text("Note", document.Note);
        yield return Basic("DocumentCurrencyCode", Currency);
        yield return Basic("BuyerReference", document.BuyerReference);
        yield return Period(document.Period);
        yield return document.Corrects is { } corrected
            ? Aggregate("BillingReference",
                Aggregate("InvoiceDocumentReference",
                    Basic("ID", corrected.Number),
                    Basic("IssueDate", Date(corrected.IssueDate))))
            : null;
    }

    /// <summary>BG-16/BG-17: credit transfer to the seller's Norwegian account (BBAN) with the KID as payment id (BT-83).</summary>
    private static IEnumerable<XElement> Payment(PaymentInstructions payment)
    {
        yield return Aggregate("PaymentMeans",
            Basic("PaymentMeansCode", CreditTransfer),
            Basic("PaymentID", payment.Kid),
            Aggregate("PayeeFinancialAccount", Basic("ID", payment.AccountNumber)));
        yield return Aggregate("PaymentTerms", Basic("Note", NorwegianFormat.PaymentTerms(payment.PaymentTermsDays)));
    }

    /// <summary>One VAT breakdown (BG-23): everything is exempt, so the taxable amount is the total and the tax zero (BR-E-08, BR-E-09).</summary>
    private static XElement TaxTotal(long totalOre) =>
        Aggregate("TaxTotal",
            Amount("TaxAmount", 0),
            Aggregate("TaxSubtotal",
                Amount("TaxableAmount", totalOre),
                Amount("TaxAmount", 0),
                ExemptCategory("TaxCategory", withReason: true)));

    /// <summary>BG-22: no allowances, charges or prepayments, so every total is the sum of the lines (BR-CO-10 … BR-CO-16).</summary>
    private static XElement MonetaryTotal(long totalOre) =>
        Aggregate("LegalMonetaryTotal",
            Amount("LineExtensionAmount", totalOre),
            Amount("TaxExclusiveAmount", totalOre),
            Amount("TaxInclusiveAmount", totalOre),
            Amount("PayableAmount", totalOre));
}
