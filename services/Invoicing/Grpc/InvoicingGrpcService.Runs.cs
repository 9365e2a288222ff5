using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Storage;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

public sealed partial class InvoicingGrpcService
{
    private const string InvoiceRuns = "invoiceRuns";

    public override async Task<CreateInvoiceRunResponse> CreateInvoiceRun(CreateInvoiceRunRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var period = ProtoValues.Period(request.Period?.StartDate, request.Period?.EndDate, "period", 366, violations);
        violations.ThrowIfAny();
        var host = await LoadPartyAsync(ResourceNames.ParseParty(request.Host, "host"), ct);
        Demand(InvoicingAccess.CanActAsHost(caller, host.MunicipalityNumber), request.Host);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, InvoiceRuns, nameof(CreateInvoiceRun), caller, ct) is { } earlier)
        {
            return new CreateInvoiceRunResponse { InvoiceRun = InvoiceRunMapper.ToProto(await LoadRunAsync(ResourceNames.ParseInvoiceRun(earlier.ResourceName, "name"), ct)) };
        }

        var run = await StartRunAsync(request.RequestId, host, new DateRange(period!.Value.First, period.Value.Last), caller, ct);
        var agreements = await db.Agreements.AsNoTracking().Include(a => a.Versions)
            .Where(a => a.HostOrganisationNumber == host.OrganisationNumber).OrderBy(a => a.Id).ToListAsync(ct);
        var plans = new List<AgreementPlan>();
        foreach (var agreement in agreements.Where(a => a.Versions.Min(v => v.ValidFrom) <= run.PeriodLast))
        {
            var partner = await LoadPartyAsync(agreement.PartnerOrganisationNumber, ct);
            plans.Add(await runner.PlanAsync(agreement, partner, new DateRange(run.PeriodFirst, run.PeriodLast), ct));
        }

        await using var usage = runner.StartFetchingUsage(host, plans, ct);
        var failed = false;
        foreach (var plan in plans)
        {
            var outcome = await runner.BillAgreementAsync(run.Id, plan, host, usage, Now, ct);
            failed |= !outcome.Succeeded;
        }

        var finished = await db.InvoiceRuns.SingleAsync(r => r.Id == run.Id, ct);
        (finished.State, finished.CompleteTime) = (failed ? InvoiceRunState.PartlyFailed : InvoiceRunState.Succeeded, Now);
        await db.SaveChangesAsync(ct);
        return new CreateInvoiceRunResponse { InvoiceRun = InvoiceRunMapper.ToProto(await LoadRunAsync(run.Id, ct)) };
    }

    public override async Task<GetInvoiceRunResponse> GetInvoiceRun(GetInvoiceRunRequest request, ServerCallContext context)
    {
        var run = await LoadRunAsync(ResourceNames.ParseInvoiceRun(request.Name, "name"), context.CancellationToken);
        var host = await LoadPartyAsync(run.HostOrganisationNumber, context.CancellationToken);
        Demand(InvoicingAccess.CanActAsHost(Caller.From(context), host.MunicipalityNumber), request.Name);
        return new GetInvoiceRunResponse { InvoiceRun = InvoiceRunMapper.ToProto(run) };
    }

    public override async Task<ListInvoiceRunsResponse> ListInvoiceRuns(ListInvoiceRunsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var host = await LoadPartyAsync(ResourceNames.ParseParty(request.Host, "host"), ct);
        Demand(InvoicingAccess.CanActAsHost(Caller.From(context), host.MunicipalityNumber), request.Host);
        var size = PageToken.Size(request.PageSize);
        var query = db.InvoiceRuns.AsNoTracking().Include(r => r.Outcomes).Where(r => r.HostOrganisationNumber == host.OrganisationNumber);
        var offset = PageToken.Decode(request, 1) is [var skip] && int.TryParse(skip, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        var page = await query.OrderByDescending(r => r.CreateTime).ThenByDescending(r => r.Id).Skip(offset).Take(size + 1).ToListAsync(ct);
        var response = new ListInvoiceRunsResponse
        {
            NextPageToken = page.Count > size ? PageToken.Encode(request, (offset + size).ToString(System.Globalization.CultureInfo.InvariantCulture)) : "",
        };
        response.InvoiceRuns.AddRange(page.Take(size).Select(InvoiceRunMapper.ToProto));
        return response;
    }

    /// <summary>Records the run as running, with its request id, before any agreement is billed: a run that dies shows as running.</summary>
    private async Task<InvoiceRunRecord> StartRunAsync(string requestId, PartyRecord host, DateRange period, Caller caller, CancellationToken ct)
    {
        var run = new InvoiceRunRecord
        {
            Id = Guid.CreateVersion7(),
            HostOrganisationNumber = host.OrganisationNumber,
            PeriodFirst = period.First,
            PeriodLast = period.Last,
            State = InvoiceRunState.Running,
            CreateTime = Now,
        };
        db.InvoiceRuns.Add(run);
        db.Changes.Add(RequestIds.Record(requestId, nameof(CreateInvoiceRun), ResourceNames.InvoiceRun(run.Id), caller, Now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            throw Problems.Aborted("This request_id's run started at the same moment; ask again with it for the result.");
        }

        db.ChangeTracker.Clear();
        return run;
    }

    private async Task<InvoiceRunRecord> LoadRunAsync(Guid id, CancellationToken ct) =>
        await db.InvoiceRuns.AsNoTracking().Include(r => r.Outcomes).SingleOrDefaultAsync(r => r.Id == id, ct)
        ?? throw Problems.NotFound("Invoice run", ResourceNames.InvoiceRun(id));
}
