using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Intermunicipal.Capacity.Infrastructure;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCapacityDbContext>
{
    public SqliteCapacityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCapacityDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCapacityDbContext>
{
    public PostgresCapacityDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCapacityDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
