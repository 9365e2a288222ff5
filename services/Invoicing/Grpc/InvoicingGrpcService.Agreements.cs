using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Storage;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Grpc.Mapping;
using Intermunicipal.Invoicing.Grpc.Validation;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Invoicing.Grpc;

public sealed partial class InvoicingGrpcService
{
    public override async Task<CreateAgreementResponse> CreateAgreement(CreateAgreementRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var (validFrom, validTo) = AgreementValidator.ValidateCreate(request);
        var name = ResourceNames.Agreement(request.AgreementId);
        var host = await LoadPartyAsync(ResourceNames.ParseParty(request.Agreement.Host, "agreement.host"), ct);
        var partner = await LoadPartyAsync(ResourceNames.ParseParty(request.Agreement.Partner, "agreement.partner"), ct);
        Demand(InvoicingAccess.CanActAsHost(caller, host.MunicipalityNumber), name);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, name, nameof(CreateAgreement), caller, ct) is not null)
        {
            return new CreateAgreementResponse { Agreement = AgreementMapper.ToProto(await LoadAgreementAsync(request.AgreementId, tracked: false, ct)) };
        }

        if (host.OrganisationNumber == partner.OrganisationNumber)
        {
            throw Problems.InvalidArgument("agreement.partner", "must not be the host");
        }

        var terms = request.Agreement.Versions[0];
        await CheckCostSharesAsync(terms, host, partner, ct);
        db.Agreements.Add(new AgreementRecord
        {
            Id = request.AgreementId,
            DisplayName = request.Agreement.DisplayName.Trim(),
            HostOrganisationNumber = host.OrganisationNumber,
            PartnerOrganisationNumber = partner.OrganisationNumber,
            CreateTime = Now,
            Versions = [AgreementMapper.ToRecord(request.AgreementId, 1, terms, validFrom, validTo, Now)],
        });
        db.Changes.Add(RequestIds.Record(request.RequestId, nameof(CreateAgreement), name, caller, Now));
        await SaveCreationAsync(request.RequestId, name, nameof(CreateAgreement), caller, "an agreement with this id already exists", ct);
        return new CreateAgreementResponse { Agreement = AgreementMapper.ToProto(await LoadAgreementAsync(request.AgreementId, tracked: false, ct)) };
    }

    public override async Task<GetAgreementResponse> GetAgreement(GetAgreementRequest request, ServerCallContext context)
    {
        var id = ResourceNames.ParseAgreement(request.Name, "name");
        var agreement = await LoadAgreementAsync(id, tracked: false, context.CancellationToken);
        await DemandReaderAsync(Caller.From(context), agreement.HostOrganisationNumber, agreement.PartnerOrganisationNumber, request.Name, context.CancellationToken);
        return new GetAgreementResponse { Agreement = AgreementMapper.ToProto(agreement) };
    }

    public override async Task<ListAgreementsResponse> ListAgreements(ListAgreementsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        Demand(InvoicingAccess.IsFinance(caller), "agreements");
        var own = await db.Parties.AsNoTracking().Where(p => p.MunicipalityNumber == caller.MunicipalityNumber).Select(p => p.OrganisationNumber).SingleOrDefaultAsync(ct);
        var size = PageToken.Size(request.PageSize);
        var query = db.Agreements.AsNoTracking().Include(a => a.Versions)
            .Where(a => own != null && (a.HostOrganisationNumber == own || a.PartnerOrganisationNumber == own));
        if (PageToken.Decode(request, 1) is [var last])
        {
            query = query.Where(a => string.Compare(a.Id, last) > 0);
        }

        var page = await query.OrderBy(a => a.Id).Take(size + 1).ToListAsync(ct);
        var response = new ListAgreementsResponse { NextPageToken = page.Count > size ? PageToken.Encode(request, page[size - 1].Id) : "" };
        response.Agreements.AddRange(page.Take(size).Select(AgreementMapper.ToProto));
        return response;
    }

    public override async Task<ReviseAgreementResponse> ReviseAgreement(ReviseAgreementRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var (validFrom, validTo) = AgreementValidator.ValidateRevision(request);
        var id = ResourceNames.ParseAgreement(request.Agreement, "agreement");
        var agreement = await LoadAgreementAsync(id, tracked: true, ct);
        var host = await LoadPartyAsync(agreement.HostOrganisationNumber, ct);
        Demand(InvoicingAccess.CanActAsHost(caller, host.MunicipalityNumber), request.Agreement);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, request.Agreement, nameof(ReviseAgreement), caller, ct) is not null)
        {
            return new ReviseAgreementResponse { Agreement = AgreementMapper.ToProto(agreement) };
        }

        if (request.Etag.Length > 0 && request.Etag != agreement.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            throw Problems.Aborted("The agreement changed since it was read; read it again and revise that.");
        }

        var latest = agreement.Versions.MaxBy(v => v.Number)!;
        if (validFrom <= latest.ValidFrom)
        {
            throw Problems.FailedPrecondition("VERSION_ORDER", request.Agreement,
                $"version.valid_from must be after the current version's valid_from ({latest.ValidFrom:yyyy-MM-dd})");
        }

        if (await db.BilledPeriods.Where(p => p.AgreementId == id && p.Last >= validFrom).Select(p => (DateOnly?)p.Last).MaxAsync(ct) is { } billedUntil)
        {
            // Usage in an invoiced period stays locked; a change to it comes as lines on a later invoice.
            throw Problems.FailedPrecondition("PERIOD_INVOICED", request.Agreement,
                $"version.valid_from must be after {billedUntil:yyyy-MM-dd}, the end of the last invoiced period");
        }

        await CheckCostSharesAsync(request.Version, host, await LoadPartyAsync(agreement.PartnerOrganisationNumber, ct), ct);
        // The current version ends the day before the new one starts, unless it already ended earlier.
        latest.ValidTo = latest.ValidTo is { } end && end < validFrom ? end : validFrom.AddDays(-1);
        agreement.Versions.Add(AgreementMapper.ToRecord(id, latest.Number + 1, request.Version, validFrom, validTo, Now));
        agreement.Version++;
        db.Changes.Add(RequestIds.Record(request.RequestId, nameof(ReviseAgreement), request.Agreement, caller, Now));
        await SaveChangeAsync(request.RequestId, request.Agreement, nameof(ReviseAgreement), caller, ct);
        return new ReviseAgreementResponse { Agreement = AgreementMapper.ToProto(await LoadAgreementAsync(id, tracked: false, ct)) };
    }

    /// <summary>A cost-share line must name a pool of the same host in which the partner takes part.</summary>
    private async Task CheckCostSharesAsync(AgreementVersion terms, PartyRecord host, PartyRecord partner, CancellationToken ct)
    {
        foreach (var line in terms.Lines.Where(l => l.PriceModelCase == ServiceLine.PriceModelOneofCase.CostShare))
        {
            var pool = await db.CostPools.AsNoTracking().SingleOrDefaultAsync(p => p.Id == ResourceNames.ParseCostPool(line.CostShare.CostPool, "cost_pool"), ct)
                ?? throw Problems.FailedPrecondition("COST_POOL_NOT_FOUND", line.CostShare.CostPool, $"line {line.LineId}: no such cost pool");
            var participants = CostPoolMapper.ToProto(pool).Participants;
            if (pool.HostOrganisationNumber != host.OrganisationNumber || !participants.Contains(partner.MunicipalityNumber))
            {
                throw Problems.FailedPrecondition("COST_POOL_MISMATCH", line.CostShare.CostPool,
                    $"line {line.LineId}: the pool must be the host's and have the partner among its participants");
            }
        }
    }

    private async Task<AgreementRecord> LoadAgreementAsync(string id, bool tracked, CancellationToken ct)
    {
        var query = db.Agreements.Include(a => a.Versions).Where(a => a.Id == id);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct)
            ?? throw Problems.NotFound("Agreement", ResourceNames.Agreement(id));
    }

    /// <summary>PERMISSION_DENIED unless the caller is finance staff of one of the two parties.</summary>
    private async Task DemandReaderAsync(Caller caller, string hostOrganisationNumber, string partnerOrganisationNumber, string resource, CancellationToken ct)
    {
        var (host, partner) = await SidesAsync(hostOrganisationNumber, partnerOrganisationNumber, ct);
        Demand(InvoicingAccess.CanRead(caller, host, partner), resource);
        audit.Concerns(resource, host, partner);
    }

    /// <summary>Saves a new top-level resource; a racing retry of the same request is answered as the first, any other clash is ALREADY_EXISTS.</summary>
    private async Task SaveCreationAsync(string requestId, string name, string method, Caller caller, string clash, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            LogChanged(logger, method, name);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            _ = await db.Changes.EarlierChangeAsync(requestId, name, method, caller, ct) ?? throw Problems.AlreadyExists(name, clash);
        }
    }
}
