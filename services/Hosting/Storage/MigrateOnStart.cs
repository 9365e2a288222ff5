using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Intermunicipal.Hosting.Storage;

/// <summary>
/// Applies pending migrations before the server starts listening (hosted services start first),
/// then runs every registered <see cref="IDataSeeder"/>. Never EnsureCreated: schema changes are migrations.
/// </summary>
public sealed class MigrateOnStart<TContext>(IServiceScopeFactory scopes) : IHostedService
    where TContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDataSeeder>())
        {
            try
            {
                await seeder.SeedAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                // Another instance seeded the same rows at the same moment; a second pass sees them.
                db.ChangeTracker.Clear();
                await seeder.SeedAsync(cancellationToken);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
