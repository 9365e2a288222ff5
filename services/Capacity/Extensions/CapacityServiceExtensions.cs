using Intermunicipal.Capacity.Catalog;
using Intermunicipal.Capacity.Demo;
using Intermunicipal.Capacity.Grpc;
using Intermunicipal.Capacity.Infrastructure;
using Intermunicipal.Hosting.Storage;

namespace Intermunicipal.Capacity.Extensions;

public static class CapacityServiceExtensions
{
    /// <summary>The capacity service's own registrations: its database, clock, board watch and start-up data.</summary>
    public static WebApplicationBuilder AddCapacityServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<CapacityDbContext, SqliteCapacityDbContext, PostgresCapacityDbContext>("capacity");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<BoardSignal>();
        builder.Services.Configure<BoardWatchOptions>(builder.Configuration.GetSection(BoardWatchOptions.Section));
        builder.Services.Configure<CapacityCatalogOptions>(builder.Configuration.GetSection(CapacityCatalogOptions.Section));
        builder.Services.AddScoped<IDataSeeder, CapacityCatalogSeeder>();
        if (builder.Configuration.GetValue<bool>("Demo:SeedTreatments"))
        {
            builder.Services.AddScoped<IDataSeeder, DemoTeamSeeder>();
        }

        return builder;
    }
}
