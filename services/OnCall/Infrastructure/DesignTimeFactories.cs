using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Intermunicipal.OnCall.Infrastructure;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOnCallDbContext>
{
    public SqliteOnCallDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOnCallDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOnCallDbContext>
{
    public PostgresOnCallDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOnCallDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
