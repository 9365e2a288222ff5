using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Auditing;
using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Infrastructure;
using Intermunicipal.Invoicing.Outbox;
using Intermunicipal.Invoicing.V1;
using Microsoft.AspNetCore.Authorization;

namespace Intermunicipal.Invoicing.Grpc;

/// <summary>
/// Invoicing over gRPC. The methods are split by concern over the partial files beside this one.
/// Every successful call is audited by <see cref="AuditInterceptor"/>; handlers say what it concerned through <see cref="AuditTrail"/>.
/// </summary>
[Authorize]
public sealed partial class InvoicingGrpcService(InvoicingDbContext db, TimeProvider clock, InvoiceRunner runner, YearEndSettlement settlements, AuditTrail audit, IssuedDocuments documents, InvoiceOutbox outbox, ILogger<InvoicingGrpcService> logger)
    : InvoicingService.InvoicingServiceBase
{
    private DateTime Now => ProtoTime.ToStoredPrecision(clock.GetUtcNow().UtcDateTime);

    private static void Demand(bool allowed, string resourceName)
    {
        if (!allowed)
        {
            throw Problems.PermissionDenied(resourceName);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} changed {Resource}")]
    private static partial void LogChanged(ILogger logger, string method, string resource);
}
