using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

public sealed partial class InvoicingGrpcService
{
    public override async Task<GetStatementOfAccountResponse> GetStatementOfAccount(GetStatementOfAccountRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var violations = new FieldViolations();
        var period = request.Period is null ? null : ProtoValues.Period(request.Period.StartDate, request.Period.EndDate, "period", 366 * 20, violations);
        violations.ThrowIfAny();
        var host = await LoadPartyAsync(ResourceNames.ParseParty(request.Host, "host"), ct);
        var partner = await LoadPartyAsync(ResourceNames.ParseParty(request.Partner, "partner"), ct);
        Demand(InvoicingAccess.CanRead(Caller.From(context), host.MunicipalityNumber, partner.MunicipalityNumber), request.Host);
        audit.Concerns($"{request.Host}/statement/{request.Partner}", host.MunicipalityNumber, partner.MunicipalityNumber);
        var issued = await db.Invoices.AsNoTracking().Include(i => i.Lines).Include(i => i.Payments).AsSplitQuery()
            .Where(i => i.HostOrganisationNumber == host.OrganisationNumber && i.PartnerOrganisationNumber == partner.OrganisationNumber && i.State >= InvoiceState.Issued)
            .ToListAsync(ct);
        return StatementOfAccount.Build(issued, period is { } p ? new DateRange(p.First, p.Last) : null);
    }
}
