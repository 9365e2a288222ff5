using Intermunicipal.Hosting.Storage;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Hosting.UnitTests.Storage;

/// <summary>One convention for every service's instants: UTC always, as text on SQLite and as timestamps on PostgreSQL.</summary>
public sealed class StoredInstantTests
{
    [Fact]
    public void Sqlite_keeps_instants_as_text_and_postgresql_as_utc_timestamps()
    {
        using var sqlite = new StampContext(new DbContextOptionsBuilder<StampContext>().UseSqlite("Data Source=:memory:").Options);
        using var postgres = new StampContext(new DbContextOptionsBuilder<StampContext>().UseNpgsql("Host=localhost").Options);

        foreach (var property in new[] { nameof(Stamp.At), nameof(Stamp.Until) })
        {
            Assert.Equal(typeof(string), Converter(sqlite, property).ProviderClrType);
            Assert.IsType<UtcDateTimeConverter>(Converter(postgres, property));
        }
    }

    private static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter Converter(DbContext db, string property) =>
        db.Model.FindEntityType(typeof(Stamp))!.FindProperty(property)!.GetValueConverter()!;

    private sealed class Stamp
    {
        public int Id { get; set; }
        public DateTime At { get; set; }
        public DateTime? Until { get; set; }
    }

    private sealed class StampContext(DbContextOptions<StampContext> options) : DbContext(options)
    {
        public DbSet<Stamp> Stamps => Set<Stamp>();

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
            configurationBuilder.StoreInstantsAsUtc(Database);
    }
}
