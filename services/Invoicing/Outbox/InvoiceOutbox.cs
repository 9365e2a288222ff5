using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Documents;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.Extensions.Options;

namespace Intermunicipal.Invoicing.Outbox;

/// <summary>
/// Leaves each issued invoice and credit note as EHF in the partner's outbox folder, named by issuer and number, where the
/// accounting system or the Peppol access point picks it up. A file appears whole or not at all
/// (written beside, then moved), so a reader never sees half a document.
/// </summary>
public sealed partial class InvoiceOutbox(IssuedDocuments documents, IOptions<OutboxOptions> options, ILogger<InvoiceOutbox> logger)
{
    public async Task PlaceAsync(InvoiceRecord invoice, CancellationToken ct)
    {
        if (options.Value.Directory is not { Length: > 0 } root)
        {
            return;
        }

        try
        {
            var ehf = await documents.RenderAsync(invoice, DocumentFormat.Ehf, ct);
            var path = PathOf(root, invoice);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temporary = path + ".part";
            await File.WriteAllBytesAsync(temporary, ehf.Content, ct);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The invoice is issued whatever the disk says; its EHF can be fetched again by GetInvoiceDocument.
            LogNotPlaced(logger, invoice.Id, e.GetType().Name);
        }
    }

    /// <summary>
    /// "{root}/{partner}/{issuer}-{document file name}", e.g. ".../944988106/974552825-faktura-2026-000017.xml":
    /// prefixed by the issuer, since a partner of two hosts gets two "faktura-2026-000001.xml".
    /// </summary>
    public static string PathOf(string root, InvoiceRecord invoice) =>
        Path.Combine(root, invoice.PartnerOrganisationNumber, invoice.HostOrganisationNumber + "-"
            + DocumentRenderer.FileName(invoice.Kind == V1.InvoiceKind.CreditNote ? DocumentKind.CreditNote : DocumentKind.Invoice, invoice.Number!, "xml"));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not place invoices/{InvoiceId} in the outbox ({Error})")]
    private static partial void LogNotPlaced(ILogger logger, Guid invoiceId, string error);
}
