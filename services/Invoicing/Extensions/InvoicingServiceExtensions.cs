using Intermunicipal.Hosting.Storage;
using Intermunicipal.Invoicing.Infrastructure;

namespace Intermunicipal.Invoicing.Extensions;

public static class InvoicingServiceExtensions
{
    /// <summary>The invoicing service's own registrations: its database and clock.</summary>
    public static WebApplicationBuilder AddInvoicingServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<InvoicingDbContext, SqliteInvoicingDbContext, PostgresInvoicingDbContext>("invoicing");
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }
}
