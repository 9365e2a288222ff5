using Intermunicipal.Invoicing.Documents;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// Renders an issued invoice or credit note with the parties as they are now and the invoice it corrects.
/// Scoped to a request: a batch renders a document per invoice, and reads each party once.
/// </summary>
public sealed class IssuedDocuments(InvoicingDbContext db)
{
    private readonly Dictionary<string, PartyRecord> _parties = new(StringComparer.Ordinal);

    public async Task<RenderedDocument> RenderAsync(InvoiceRecord invoice, DocumentFormat format, CancellationToken ct)
    {
        var corrected = invoice.CorrectedInvoiceId is { } id ? await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id, ct) : null;
        await ReadPartiesAsync([invoice.HostOrganisationNumber, invoice.PartnerOrganisationNumber], ct);
        var document = InvoiceDocuments.From(invoice, _parties[invoice.HostOrganisationNumber], _parties[invoice.PartnerOrganisationNumber], corrected);
        return DocumentRenderer.Render(document, format);
    }

    private async Task ReadPartiesAsync(string[] organisationNumbers, CancellationToken ct)
    {
        var missing = organisationNumbers.Where(o => !_parties.ContainsKey(o)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var party in await db.Parties.AsNoTracking().Where(p => missing.Contains(p.OrganisationNumber)).ToListAsync(ct))
        {
            _parties[party.OrganisationNumber] = party;
        }
    }
}
