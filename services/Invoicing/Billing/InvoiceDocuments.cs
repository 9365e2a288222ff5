using Intermunicipal.Invoicing.Documents;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>An issued invoice as its documents show it: parties as they are at rendering, lines as they were issued.</summary>
public static class InvoiceDocuments
{
    public static InvoiceDocument From(InvoiceRecord invoice, PartyRecord seller, PartyRecord buyer, InvoiceRecord? corrected)
    {
        var period = new DocumentPeriod(invoice.PeriodFirst, invoice.PeriodLast);
        return new InvoiceDocument
        {
            Kind = invoice.Kind == InvoiceKind.CreditNote ? DocumentKind.CreditNote : DocumentKind.Invoice,
            Number = invoice.Number!,
            IssueDate = invoice.IssueDate!.Value,
            DueDate = invoice.DueDate,
            BuyerReference = invoice.BuyerReference!,
            Period = period,
            Note = invoice.Kind == InvoiceKind.CreditNote ? invoice.CreditReason : $"Avtale {invoice.AgreementId}",
            Seller = Party(seller),
            Buyer = Party(buyer),
            Payment = new PaymentInstructions(seller.BankAccount, invoice.Kid ?? "", invoice.PaymentTermsDays),
            Corrects = corrected is { Number: { } number, IssueDate: { } issued } ? new InvoiceReference(number, issued) : null,
            Lines = [.. invoice.Lines.OrderBy(l => l.LineNumber).Select(l => Line(l, period))],
        };
    }

    /// <summary>
    /// A late line's days lie before the document's period, which EHF does not allow for a line's
    /// own period (PEPPOL-EN16931-R110/R111): they go into its description instead.
    /// </summary>
    private static DocumentLine Line(InvoiceLineRecord l, DocumentPeriod period)
    {
        var inside = l.PeriodFirst >= period.Start && l.PeriodLast <= period.End;
        var days = $"{l.PeriodFirst:dd.MM.yyyy}–{l.PeriodLast:dd.MM.yyyy}";
        return new DocumentLine(
            l.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            l.Description,
            l.Late ? $"Etterfakturert bruk {days}" : inside ? null : days,
            l.Quantity,
            l.UnitCode,
            l.UnitPriceOre,
            l.BaseQuantity,
            l.AmountOre,
            l.KostraFunction,
            inside ? new DocumentPeriod(l.PeriodFirst, l.PeriodLast) : null);
    }

    private static DocumentParty Party(PartyRecord p) =>
        new(p.OrganisationNumber, p.DisplayName, new Documents.PostalAddress(p.Street, p.PostalCode, p.City, p.CountryCode),
            p.ContactName.Length + p.ContactEmail.Length + p.ContactPhone.Length == 0 ? null
                : new DocumentContact(NullIfEmpty(p.ContactName), NullIfEmpty(p.ContactEmail), NullIfEmpty(p.ContactPhone)));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
