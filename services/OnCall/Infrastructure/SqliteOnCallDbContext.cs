using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Infrastructure;

/// <summary>The SQLite flavour of the call log database; owns Migrations/Sqlite.</summary>
public sealed class SqliteOnCallDbContext(DbContextOptions<SqliteOnCallDbContext> options) : OnCallDbContext(options);
