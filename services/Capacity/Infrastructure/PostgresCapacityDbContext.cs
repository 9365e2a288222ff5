using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Infrastructure;

/// <summary>The PostgreSQL flavour of the capacity database; owns Migrations/Postgres.</summary>
public sealed class PostgresCapacityDbContext(DbContextOptions<PostgresCapacityDbContext> options) : CapacityDbContext(options);
