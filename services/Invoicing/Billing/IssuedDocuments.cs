using Intermunicipal.Invoicing.Documents;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>Renders an issued invoice or credit note with the parties as they are now and the invoice it corrects.</summary>
public sealed class IssuedDocuments(InvoicingDbContext db)
{
    public async Task<RenderedDocument> RenderAsync(InvoiceRecord invoice, DocumentFormat format, CancellationToken ct)
    {
        var corrected = invoice.CorrectedInvoiceId is { } id ? await db.Invoices.AsNoTracking().SingleAsync(i => i.Id == id, ct) : null;
        var parties = await db.Parties.AsNoTracking()
            .Where(p => p.OrganisationNumber == invoice.HostOrganisationNumber || p.OrganisationNumber == invoice.PartnerOrganisationNumber)
            .ToDictionaryAsync(p => p.OrganisationNumber, ct);
        var document = InvoiceDocuments.From(invoice, parties[invoice.HostOrganisationNumber], parties[invoice.PartnerOrganisationNumber], corrected);
        return DocumentRenderer.Render(document, format);
    }
}
