using Intermunicipal.Hosting.Storage;

namespace Intermunicipal.Capacity.Demo;

/// <summary>Demo teams, allocations and treatments (Development only). Filled in below.</summary>
public sealed class DemoTeamSeeder : IDataSeeder
{
    public Task SeedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
