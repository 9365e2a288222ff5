using System.Globalization;
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
    public override async Task<CreatePartyResponse> CreateParty(CreatePartyRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        PartyValidator.ValidateCreate(request);
        var name = ResourceNames.Party(request.Party.OrganisationNumber);
        Demand(InvoicingAccess.CanKeepParty(caller, request.Party.MunicipalityNumber), name);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, name, nameof(CreateParty), caller, ct) is not null)
        {
            return new CreatePartyResponse { Party = PartyMapper.ToProto(await LoadPartyAsync(request.Party.OrganisationNumber, ct)) };
        }

        db.Parties.Add(PartyMapper.ToRecord(request.Party, Now));
        db.Changes.Add(RequestIds.Record(request.RequestId, nameof(CreateParty), name, caller, Now));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            // A racing retry of this request is answered as the first attempt; anything else already exists.
            _ = await db.Changes.EarlierChangeAsync(request.RequestId, name, nameof(CreateParty), caller, ct)
                ?? throw Problems.AlreadyExists(name, "a party with this organisation number, or for this municipality, already exists");
        }

        LogChanged(logger, nameof(CreateParty), name);
        return new CreatePartyResponse { Party = PartyMapper.ToProto(await LoadPartyAsync(request.Party.OrganisationNumber, ct)) };
    }

    public override async Task<GetPartyResponse> GetParty(GetPartyRequest request, ServerCallContext context)
    {
        var organisationNumber = ResourceNames.ParseParty(request.Name, "name");
        Demand(InvoicingAccess.IsFinance(Caller.From(context)), request.Name);
        return new GetPartyResponse { Party = PartyMapper.ToProto(await LoadPartyAsync(organisationNumber, context.CancellationToken)) };
    }

    public override async Task<ListPartiesResponse> ListParties(ListPartiesRequest request, ServerCallContext context)
    {
        Demand(InvoicingAccess.IsFinance(Caller.From(context)), "parties");
        var size = PageToken.Size(request.PageSize);
        var query = db.Parties.AsNoTracking();
        if (PageToken.Decode(request, 1) is [var last])
        {
            query = query.Where(p => string.Compare(p.OrganisationNumber, last) > 0);
        }

        var page = await query.OrderBy(p => p.OrganisationNumber).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListPartiesResponse { NextPageToken = page.Count > size ? PageToken.Encode(request, page[size - 1].OrganisationNumber) : "" };
        response.Parties.AddRange(page.Take(size).Select(PartyMapper.ToProto));
        return response;
    }

    public override async Task<UpdatePartyResponse> UpdateParty(UpdatePartyRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var paths = PartyValidator.ValidateUpdate(request);
        var organisationNumber = ResourceNames.ParseParty(request.Party.Name, "party.name");
        var name = ResourceNames.Party(organisationNumber);
        var party = await db.Parties.SingleOrDefaultAsync(p => p.OrganisationNumber == organisationNumber, ct)
            ?? throw Problems.NotFound("Party", name);
        Demand(InvoicingAccess.CanKeepParty(caller, party.MunicipalityNumber), name);
        if (await db.Changes.EarlierChangeAsync(request.RequestId, name, nameof(UpdateParty), caller, ct) is not null)
        {
            return new UpdatePartyResponse { Party = PartyMapper.ToProto(party) };
        }

        if (request.Party.Etag.Length > 0 && request.Party.Etag != party.Version.ToString(CultureInfo.InvariantCulture))
        {
            throw Problems.Aborted("The party changed since it was read; read it again and reapply the change.");
        }

        PartyMapper.Apply(party, request.Party, paths);
        party.UpdateTime = Now;
        party.Version++;
        db.Changes.Add(RequestIds.Record(request.RequestId, nameof(UpdateParty), name, caller, Now));
        await SaveChangeAsync(request.RequestId, name, nameof(UpdateParty), caller, ct);
        return new UpdatePartyResponse { Party = PartyMapper.ToProto(await LoadPartyAsync(organisationNumber, ct)) };
    }

    /// <summary>
    /// Saves a change to an existing resource; a lost race (another change, or this request's retry) is ABORTED or answered
    /// as the first attempt. False when it was this request's retry that saved: then the tracked entities are gone and what
    /// is stored must be read again.
    /// </summary>
    private async Task<bool> SaveChangeAsync(string requestId, string name, string method, Caller caller, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            LogChanged(logger, method, name);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            throw Problems.Aborted("The resource changed at the same moment; read it again and retry with the same request_id.");
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            _ = await db.Changes.EarlierChangeAsync(requestId, name, method, caller, ct)
                ?? throw Problems.Aborted("The resource changed at the same moment; retry with the same request_id.");
            return false;
        }
    }

    private async Task<PartyRecord> LoadPartyAsync(string organisationNumber, CancellationToken ct) =>
        await db.Parties.AsNoTracking().SingleOrDefaultAsync(p => p.OrganisationNumber == organisationNumber, ct)
        ?? throw Problems.NotFound("Party", ResourceNames.Party(organisationNumber));
}
