using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.OnCall.Infrastructure;

/// <summary>The PostgreSQL flavour of the call log database; owns Migrations/Postgres.</summary>
public sealed class PostgresOnCallDbContext(DbContextOptions<PostgresOnCallDbContext> options) : OnCallDbContext(options);
