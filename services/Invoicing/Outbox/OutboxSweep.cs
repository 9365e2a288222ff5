using Intermunicipal.Hosting.Storage;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intermunicipal.Invoicing.Outbox;

/// <summary>
/// At start, puts back in the outbox every issued document whose file is missing: one whose write
/// failed after its issue committed, or that the process died before writing. Renders only those.
/// </summary>
public sealed class OutboxSweep(InvoicingDbContext db, InvoiceOutbox outbox, IOptions<OutboxOptions> options) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Directory is not { Length: > 0 } root)
        {
            return;
        }

        var issued = await db.Invoices.AsNoTracking().Where(i => i.State >= InvoiceState.Issued).ToListAsync(cancellationToken);
        foreach (var missing in issued.Where(i => !File.Exists(InvoiceOutbox.PathOf(root, i))))
        {
            var invoice = await db.Invoices.AsNoTracking().Include(i => i.Lines).SingleAsync(i => i.Id == missing.Id, cancellationToken);
            await outbox.PlaceAsync(invoice, cancellationToken);
        }
    }
}
