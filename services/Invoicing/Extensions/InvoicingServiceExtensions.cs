using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Storage;
using Intermunicipal.Invoicing.Auditing;
using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Grpc;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Outbox;
using Intermunicipal.Invoicing.Usage;
using Microsoft.Extensions.Options;

namespace Intermunicipal.Invoicing.Extensions;

public static class InvoicingServiceExtensions
{
    /// <summary>The invoicing service's own registrations: its database and clock.</summary>
    public static WebApplicationBuilder AddInvoicingServices(this WebApplicationBuilder builder)
    {
        builder.AddServiceDatabase<InvoicingDbContext, SqliteInvoicingDbContext, PostgresInvoicingDbContext>("invoicing");
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddUsageSources();
        builder.Services.AddScoped<AuditTrail>();
        builder.Services.Configure<OutboxOptions>(builder.Configuration.GetSection(OutboxOptions.Section));
        builder.Services.AddScoped<IssuedDocuments>();
        builder.Services.AddScoped<InvoiceOutbox>();
        builder.Services.AddScoped<IDataSeeder, OutboxSweep>();
        builder.Services.AddGrpc().AddServiceOptions<InvoicingGrpcService>(o => o.Interceptors.Add<AuditInterceptor>());
        return builder;
    }

    /// <summary>Clients for OnCall's and Capacity's usage, the service's own identity, and the resilience around them.</summary>
    private static void AddUsageSources(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<UsageSourceOptions>(builder.Configuration.GetSection(UsageSourceOptions.Section));
        builder.Services.AddGrpcClient<OnCall.V1.OnCallService.OnCallServiceClient>((sp, o) => o.Address = Sources(sp).OnCall)
            .ConfigureChannel((sp, channel) => channel.MaxReconnectBackoff = Sources(sp).MaxReconnectBackoff);
        builder.Services.AddGrpcClient<Capacity.V1.CapacityService.CapacityServiceClient>((sp, o) => o.Address = Sources(sp).Capacity)
            .ConfigureChannel((sp, channel) => channel.MaxReconnectBackoff = Sources(sp).MaxReconnectBackoff);
        builder.AddServiceTokens("invoicing");
        builder.Services.AddUsageResilience();
        builder.Services.AddScoped<UsageSources>();
        builder.Services.AddScoped<CostShareBilling>();
        builder.Services.AddScoped<InvoiceRunner>();
        builder.Services.AddScoped<YearEndSettlement>();
    }

    private static UsageSourceOptions Sources(IServiceProvider services) => services.GetRequiredService<IOptions<UsageSourceOptions>>().Value;
}
