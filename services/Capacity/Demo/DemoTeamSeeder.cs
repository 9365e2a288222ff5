using Intermunicipal.Capacity.Infrastructure;
using Intermunicipal.Hosting.Storage;
using Intermunicipal.Hosting.Time;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// Writes the demo teams of <see cref="DemoTreatmentPlan"/> (only where Demo:SeedTreatments is
/// true). Idempotent: a team that exists is left alone, and a team whose programme is not in the
/// catalog is skipped until it is, so a rerun never duplicates or fails. Every row is made up;
/// family references are pseudonyms.
/// </summary>
public sealed class DemoTeamSeeder(CapacityDbContext db, TimeProvider clock, ILogger<DemoTeamSeeder> logger) : IDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var plan = DemoTreatmentPlan.Build(NorwegianTime.DateOf(clock.GetUtcNow().UtcDateTime));
        var existing = await db.Teams.Select(t => t.Id).ToListAsync(cancellationToken);
        var programmes = await db.Programmes.Select(p => p.Id).ToListAsync(cancellationToken);
        var missing = plan.Teams.Where(t => !existing.Contains(t.Id)).ToList();
        foreach (var team in missing.Where(t => !programmes.Contains(t.ProgrammeId)))
        {
            logger.LogInformation("Demo team {Team} skipped: programme {Programme} is not in the catalog", team.Id, team.ProgrammeId);
        }

        var teams = missing.Where(t => programmes.Contains(t.ProgrammeId)).ToList();
        if (teams.Count == 0)
        {
            return;
        }

        db.Teams.AddRange(teams);
        db.Referrals.AddRange(plan.Referrals.Where(r => teams.Exists(t => t.Id == r.TeamId)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment wrote the same teams first: its rows are ours.
            db.ChangeTracker.Clear();
            var ids = teams.Select(t => t.Id).ToList();
            if (!await db.Teams.AnyAsync(t => ids.Contains(t.Id), cancellationToken))
            {
                throw;
            }
        }
    }
}
