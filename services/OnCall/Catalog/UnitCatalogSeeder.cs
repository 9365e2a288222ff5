using Intermunicipal.Hosting.Storage;
using Intermunicipal.OnCall.Infrastructure;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Intermunicipal.OnCall.Catalog;

/// <summary>Brings the stored units and municipality names in line with configuration at start-up.</summary>
public sealed class UnitCatalogSeeder(OnCallDbContext db, IOptions<UnitCatalogOptions> options) : IDataSeeder
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

        var units = await db.Units.ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var (id, definition) in catalog.Units)
        {
            if (!units.TryGetValue(id, out var unit))
            {
                unit = new OnCallUnitRecord { Id = id, DisplayName = "", HostMunicipalityNumber = "" };
                db.Units.Add(unit);
            }

            Apply(definition, unit);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Apply(UnitDefinition definition, OnCallUnitRecord unit)
    {
        unit.DisplayName = definition.DisplayName;
        unit.HostMunicipalityNumber = definition.HostMunicipalityNumber;
        // The host is always covered: its own children are served too.
        unit.CoveredMunicipalityNumbers = [.. definition.CoveredMunicipalityNumbers.Append(definition.HostMunicipalityNumber).Distinct().Order()];
        unit.AlwaysOpen = definition.AlwaysOpen;
        unit.OfficeOpensMinute = definition.OfficeOpens.Hour * 60 + definition.OfficeOpens.Minute;
        unit.OfficeClosesMinute = definition.OfficeCloses.Hour * 60 + definition.OfficeCloses.Minute;
    }
}
