using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Intermunicipal.Hosting.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// Registers a service's DbContext on the configured provider. Each provider has its own
    /// derived context type carrying its own migrations (EF Core "migrations with multiple
    /// providers"); the service code only ever sees <typeparamref name="TContext"/>.
    /// Migrations run at start-up, before the service takes calls.
    /// </summary>
    public static WebApplicationBuilder AddServiceDatabase<TContext, TSqliteContext, TPostgresContext>(
        this WebApplicationBuilder builder, string serviceName)
        where TContext : DbContext
        where TSqliteContext : TContext
        where TPostgresContext : TContext
    {
        var options = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (options.IsPostgres)
        {
            var connectionString = options.ConnectionString
                ?? throw new InvalidOperationException("Storage:ConnectionString is required for PostgreSQL.");
            builder.Services.AddDbContext<TContext, TPostgresContext>(o => o.UseNpgsql(connectionString));
        }
        else
        {
            var connectionString = SqliteConnectionString(options, serviceName);
            builder.Services.AddDbContext<TContext, TSqliteContext>(o => o
                .UseSqlite(connectionString)
                .AddInterceptors(new SqliteDurabilityInterceptor()));
        }

        builder.Services.AddHostedService<MigrateOnStart<TContext>>();
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("database");
        return builder;
    }

    private static string SqliteConnectionString(StorageOptions options, string serviceName)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }

        Directory.CreateDirectory(options.DataDirectory);
        return $"Data Source={Path.Combine(options.DataDirectory, serviceName + ".db")}";
    }
}
