using System.Globalization;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Grpc;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// Everything issued between a host and a partner, and every payment, in date order with the running
/// balance: what the partner owes. Invoices count positive, credit notes and payments negative.
/// </summary>
public static class StatementOfAccount
{
    public static GetStatementOfAccountResponse Build(IEnumerable<InvoiceRecord> issued, DateRange? period)
    {
        var entries = issued.SelectMany(Entries)
            .OrderBy(e => e.Date).ThenBy(e => e.Kind == StatementEntryKind.Payment ? 1 : 0).ThenBy(e => e.Number, StringComparer.Ordinal)
            .ToList();
        var opening = period is { } p ? entries.Where(e => e.Date < p.First).Sum(e => e.Amount) : 0;
        var response = new GetStatementOfAccountResponse { OpeningBalanceOre = opening };
        var balance = opening;
        foreach (var e in entries.Where(e => period is not { } p || p.Contains(e.Date)))
        {
            balance += e.Amount;
            response.Entries.Add(new StatementEntry
            {
                Date = ProtoTime.ToDate(e.Date),
                Kind = e.Kind,
                Invoice = ResourceNames.Invoice(e.Invoice),
                Number = e.Number,
                AmountOre = e.Amount,
                BalanceOre = balance,
                Description = e.Description,
            });
        }

        response.ClosingBalanceOre = balance;
        return response;
    }

    private sealed record Entry(DateOnly Date, StatementEntryKind Kind, Guid Invoice, string Number, long Amount, string Description);

    private static IEnumerable<Entry> Entries(InvoiceRecord invoice)
    {
        var total = invoice.Lines.Sum(l => l.AmountOre);
        var kind = KindOf(invoice);
        var credit = invoice.Kind == InvoiceKind.CreditNote;
        var period = $"{invoice.PeriodFirst:dd.MM.yyyy}–{invoice.PeriodLast:dd.MM.yyyy}";
        yield return new Entry(invoice.IssueDate!.Value, kind, invoice.Id, invoice.Number!, credit ? -total : total,
            string.Create(CultureInfo.InvariantCulture, $"{(credit ? "Kreditnota" : "Faktura")} {invoice.Number}, {Words(kind)} {period}"));
        foreach (var payment in invoice.Payments.OrderBy(p => p.Number))
        {
            yield return new Entry(payment.PaymentDate, StatementEntryKind.Payment, invoice.Id, invoice.Number!, -payment.AmountOre, $"Innbetaling på faktura {invoice.Number}");
        }
    }

    private static StatementEntryKind KindOf(InvoiceRecord invoice) =>
        invoice.Origin.StartsWith("settlements/", StringComparison.Ordinal) ? StatementEntryKind.Settlement
        : invoice.Kind == InvoiceKind.CreditNote ? StatementEntryKind.CreditNote
        : invoice.Lines.Count > 0 && invoice.Lines.All(l => l.BasisJson.Contains("cost_share_a_konto", StringComparison.Ordinal)) ? StatementEntryKind.AKonto
        : StatementEntryKind.Invoice;

    private static string Words(StatementEntryKind kind) => kind switch
    {
        StatementEntryKind.AKonto => "a-konto",
        StatementEntryKind.Settlement => "avregning",
        _ => "periode",
    };
}
