using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// The ledgers of the usage one agreement's drafts bill, read before what is billed of that usage:
/// each ledger the drafts bill from is bumped (or created) once, so the transaction conflicts with
/// any other that billed the same usage since it was read.
/// </summary>
public sealed class UsageLedgerTouches
{
    private readonly InvoicingDbContext _db;
    private readonly string _municipality;
    private readonly Dictionary<string, UsageLedgerRecord> _read;
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);

    private UsageLedgerTouches(InvoicingDbContext db, string municipality, Dictionary<string, UsageLedgerRecord> read) =>
        (_db, _municipality, _read) = (db, municipality, read);

    public static async Task<UsageLedgerTouches> ReadAsync(InvoicingDbContext db, List<string> services, string municipality, CancellationToken ct) =>
        new(db, municipality, await db.UsageLedgers.Where(l => services.Contains(l.Service) && l.MunicipalityNumber == municipality)
            .ToDictionaryAsync(l => l.Service, StringComparer.Ordinal, ct));

    public void Touch(string service)
    {
        if (!_touched.Add(service))
        {
            return;
        }

        if (_read.TryGetValue(service, out var ledger))
        {
            ledger.Version++;
        }
        else
        {
            _db.UsageLedgers.Add(new UsageLedgerRecord { Service = service, MunicipalityNumber = _municipality, Version = 1 });
        }
    }
}
