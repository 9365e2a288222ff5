using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Infrastructure;

/// <summary>The SQLite flavour of the invoicing database; owns Migrations/Sqlite.</summary>
public sealed class SqliteInvoicingDbContext(DbContextOptions<SqliteInvoicingDbContext> options) : InvoicingDbContext(options);
