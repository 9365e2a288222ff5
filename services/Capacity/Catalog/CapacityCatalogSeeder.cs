using Intermunicipal.Capacity.Infrastructure;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Hosting.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intermunicipal.Capacity.Catalog;

/// <summary>
/// Brings municipality names in line with configuration and adds configured programmes that are
/// missing. A programme already stored is left as it is: after its first start it is owned by
/// the database.
/// </summary>
public sealed class CapacityCatalogSeeder(CapacityDbContext db, IOptions<CapacityCatalogOptions> options, TimeProvider clock) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var catalog = options.Value;
        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Number, cancellationToken);
        foreach (var (number, name) in catalog.Municipalities)
        {
            if (municipalities.TryGetValue(number, out var known))
            {
                known.Name = name;
            }
            else
            {
                db.Municipalities.Add(new MunicipalityRecord { Number = number, Name = name });
            }
        }

        var programmes = await db.Programmes.Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var (id, definition) in catalog.Programmes.Where(p => !programmes.Contains(p.Key)))
        {
            db.Programmes.Add(new ProgrammeRecord
            {
                Id = id,
                DisplayName = definition.DisplayName,
                Description = definition.Description,
                MinChildAge = definition.MinChildAge,
                MaxChildAge = definition.MaxChildAge,
                TypicalDurationDays = definition.TypicalDurationDays,
                CreateTime = clock.GetUtcNow().UtcDateTime,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
