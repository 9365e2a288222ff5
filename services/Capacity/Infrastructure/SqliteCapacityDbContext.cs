using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Infrastructure;

/// <summary>The SQLite flavour of the capacity database; owns Migrations/Sqlite.</summary>
public sealed class SqliteCapacityDbContext(DbContextOptions<SqliteCapacityDbContext> options) : CapacityDbContext(options);
