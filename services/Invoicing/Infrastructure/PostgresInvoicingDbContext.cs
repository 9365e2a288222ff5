using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Infrastructure;

/// <summary>The PostgreSQL flavour of the invoicing database; owns Migrations/Postgres.</summary>
public sealed class PostgresInvoicingDbContext(DbContextOptions<PostgresInvoicingDbContext> options) : InvoicingDbContext(options);
