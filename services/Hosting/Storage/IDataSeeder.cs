namespace Intermunicipal.Hosting.Storage;

/// <summary>Loads reference or demo data after migrations; must be idempotent (it runs at every start).</summary>
public interface IDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
