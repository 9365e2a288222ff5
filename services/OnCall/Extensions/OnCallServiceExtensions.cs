using Intermunicipal.Hosting.Storage;
using Intermunicipal.OnCall.Catalog;
using Intermunicipal.OnCall.Demo;
using Intermunicipal.OnCall.Infrastructure;

namespace Intermunicipal.OnCall.Extensions;

public static class OnCallServiceExtensions
{
    /// <summary>The call log's own registrations: its database, clock and start-up data.</summary>
    public static WebApplicationBuilder AddOnCallServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<OnCallDbContext, SqliteOnCallDbContext, PostgresOnCallDbContext>("oncall");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.Configure<UnitCatalogOptions>(builder.Configuration.GetSection(UnitCatalogOptions.Section));
        builder.Services.AddScoped<IDataSeeder, ReferenceDataSeeder>();
        builder.Services.AddScoped<IDataSeeder, UnitCatalogSeeder>();
        if (builder.Configuration.GetValue<bool>("Demo:SeedCalls"))
        {
            builder.Services.AddScoped<IDataSeeder, DemoCallSeeder>();
        }

        return builder;
    }
}
