using System.Text;
using static Intermunicipal.Invoicing.Documents.NorwegianFormat;

namespace Intermunicipal.Invoicing.Documents.Html;

/// <summary>
/// The invoice or credit note as one printable Norwegian HTML page (inline CSS, no scripts or
/// external resources), for partners that read invoices by e-mail or print them for approval.
/// Everything it shows comes from the document; every piece of text is HTML-encoded.
/// </summary>
public static class HtmlInvoiceWriter
{
    /// <exception cref="ArgumentException">When the document breaks a rule of <see cref="DocumentConsistency"/>.</exception>
    public static string Write(InvoiceDocument document)
    {
        DocumentConsistency.Ensure(document);
        var page = new HtmlPageBuilder();
        Head(page, document);
        page.Open("body").Open("main");
        Header(page, document);
        Parties(page, document);
        page.OptionalElement("p", document.Note, "note");
        InvoiceLinesTable.Write(page, document);
        page.Element("p", VatExemption.Reason, "vat");
        Payment(page, document);
        Footer(page, document.Seller);
        page.Close("main").Close("body").Close("html");
        return page.ToString();
    }

    /// <summary>The page as UTF-8 without a byte order mark (its meta charset says UTF-8).</summary>
    public static byte[] WriteUtf8(InvoiceDocument document) => new UTF8Encoding(false).GetBytes(Write(document));

    /// <summary>"Faktura" or "Kreditnota".</summary>
    public static string Title(DocumentKind kind) => kind == DocumentKind.Invoice ? "Faktura" : "Kreditnota";

    private static void Head(HtmlPageBuilder page, InvoiceDocument document) =>
        page.Markup("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Element("title", $"{Title(document.Kind)} {document.Number} – {document.Seller.Name}")
            .Open("style").Markup(InvoiceStyles.Css).Close("style")
            .Close("head");

    private static void Header(HtmlPageBuilder page, InvoiceDocument document)
    {
        page.Open("header");
        Party(page, document.Seller, "seller", heading: null);
        page.Element("h1", Title(document.Kind));
        page.Close("header");
    }

    private static void Parties(HtmlPageBuilder page, InvoiceDocument document)
    {
        var isInvoice = document.Kind == DocumentKind.Invoice;
        page.Open("section", "parties");
        Party(page, document.Buyer, "buyer", "Mottaker");
        page.Open("table", "facts")
            .Fact(isInvoice ? "Fakturanummer" : "Kreditnotanummer", document.Number)
            .Fact(isInvoice ? "Fakturadato" : "Kreditnotadato", Date(document.IssueDate))
            .Fact("Forfallsdato", isInvoice && document.DueDate is { } due ? Date(due) : null)
            .Fact("Periode", Period(document.Period))
            .Fact("Deres referanse", document.BuyerReference)
            .Fact("Krediterer faktura", document.Corrects is { } c ? $"{c.Number} av {Date(c.IssueDate)}" : null)
            .Close("table");
        page.Close("section");
    }

    private static void Party(HtmlPageBuilder page, DocumentParty party, string cssClass, string? heading)
    {
        page.Open("div", cssClass);
        page.OptionalElement("h2", heading);
        page.Element("p", party.Name, "name")
            .OptionalElement("p", party.Address.Street)
            .Element("p", $"{party.Address.PostalCode} {party.Address.City}".Trim())
            .Element("p", OrganisationNumberLine(party));
        page.Close("div");
    }

    /// <summary>"Org.nr. 974 552 825 MVA" for a party in Merverdiavgiftsregisteret (bokføringsforskriften § 5-1-1), without "MVA" otherwise.</summary>
    public static string OrganisationNumberLine(DocumentParty party) =>
        $"Org.nr. {OrganisationNumber(party.OrganisationNumber)}{(party.VatRegistered ? " MVA" : "")}";

    /// <summary>How to pay an invoice. A credit note asks for no payment, and says so.</summary>
    private static void Payment(HtmlPageBuilder page, InvoiceDocument document)
    {
        if (document.Kind == DocumentKind.CreditNote)
        {
            page.Element("p", $"Kreditnotaen krever ingen betaling. Beløpet godskrives {document.Buyer.Name}.", "payment");
            return;
        }
        page.Open("section", "payment").Element("h2", "Betaling").Open("table")
            .Fact("Kontonummer", AccountNumber(document.Payment.AccountNumber))
            .Fact("KID", document.Payment.Kid)
            .Fact("Beløp", Kroner(document.TotalOre))
            .Fact("Forfallsdato", document.DueDate is { } due ? Date(due) : null)
            .Fact("Betalingsbetingelser", PaymentTerms(document.Payment.PaymentTermsDays))
            .Close("table").Close("section");
    }

    private static void Footer(HtmlPageBuilder page, DocumentParty seller)
    {
        var contact = seller.Contact;
        var parts = new[] { seller.Name, OrganisationNumberLine(seller), contact?.Name, contact?.Email, contact?.Phone is { } phone ? $"Tlf. {phone}" : null };
        page.Element("footer", string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p))));
    }
}
