using Intermunicipal.Hosting.Storage;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Infrastructure;

/// <summary>The SQLite flavour of the call log database; owns Migrations/Sqlite.</summary>
public sealed class SqliteOnCallDbContext(DbContextOptions<SqliteOnCallDbContext> options) : OnCallDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.StoreInstantsAsSqliteText();
    }
}
