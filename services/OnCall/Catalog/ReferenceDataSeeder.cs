using Intermunicipal.Hosting.Storage;
using Intermunicipal.OnCall.Infrastructure;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Catalog;

/// <summary>
/// The initial code lists. Only missing codes are added, so codes an administrator has renamed
/// or deactivated in the database stay as they are.
/// </summary>
public sealed class ReferenceDataSeeder(OnCallDbContext db) : IDataSeeder
{
    private static readonly (CodeList List, string Code, string Name)[] InitialCodes =
    [
        (CodeList.ConcernCategory, "vold-overgrep", "Vold eller overgrep mot barnet"),
        (CodeList.ConcernCategory, "vold-naere-relasjoner", "Vold i nære relasjoner"),
        (CodeList.ConcernCategory, "omsorgssvikt", "Omsorgssvikt"),
        (CodeList.ConcernCategory, "foreldre-rus", "Foreldres rusmiddelbruk"),
        (CodeList.ConcernCategory, "foreldre-psykisk-helse", "Foreldres psykiske helse"),
        (CodeList.ConcernCategory, "konflikt-hjemmet", "Konflikt i hjemmet"),
        (CodeList.ConcernCategory, "barnets-atferd", "Barnets atferd"),
        (CodeList.ConcernCategory, "barnets-rus", "Barnets rusmiddelbruk"),
        (CodeList.ConcernCategory, "selvskading", "Selvskading eller selvmordsfare"),
        (CodeList.ConcernCategory, "savnet-rommet", "Barnet er savnet eller har rømt"),
        (CodeList.ConcernCategory, "menneskehandel", "Mulig menneskehandel"),
        (CodeList.ConcernCategory, "annet", "Annet"),
        (CodeList.LegalBasis, "bvl-4-1", "Barnevernsloven § 4-1 akuttvedtak om hjelpetiltak"),
        (CodeList.LegalBasis, "bvl-4-2", "Barnevernsloven § 4-2 akuttvedtak om plassering utenfor hjemmet"),
        (CodeList.LegalBasis, "bvl-4-4", "Barnevernsloven § 4-4 akuttvedtak ved alvorlige atferdsvansker"),
        (CodeList.LegalBasis, "bvl-4-5", "Barnevernsloven § 4-5 akuttvedtak ved fare for menneskehandel"),
        (CodeList.LegalBasis, "bvl-3-2-samtykke", "Barnevernsloven § 3-2 plassering med samtykke"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var existing = (await db.Codes.Select(c => new { c.List, c.Code }).ToListAsync(cancellationToken))
            .Select(c => (c.List, c.Code)).ToHashSet();
        db.Codes.AddRange(InitialCodes
            .Where(c => !existing.Contains((c.List, c.Code)))
            .Select(c => new CodeRecord { List = c.List, Code = c.Code, DisplayName = c.Name }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
