using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Intermunicipal.Invoicing.Infrastructure;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInvoicingDbContext>
{
    public SqliteInvoicingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteInvoicingDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresInvoicingDbContext>
{
    public PostgresInvoicingDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresInvoicingDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
