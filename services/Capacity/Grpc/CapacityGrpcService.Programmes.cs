using Grpc.Core;
using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Grpc.Validation;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Storage;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Grpc;

public sealed partial class CapacityGrpcService
{
    public override async Task<ListProgrammesResponse> ListProgrammes(ListProgrammesRequest request, ServerCallContext context)
    {
        var size = PageToken.Size(request.PageSize);
        var query = db.Programmes.AsNoTracking();
        if (PageToken.Decode(request, 1) is [var lastId])
        {
            query = query.Where(p => string.Compare(p.Id, lastId) > 0);
        }

        var page = await query.OrderBy(p => p.Id).Take(size + 1).ToListAsync(context.CancellationToken);
        var response = new ListProgrammesResponse();
        response.Programmes.AddRange(page.Take(size).Select(ProgrammeMapper.ToProto));
        response.NextPageToken = page.Count > size ? PageToken.Encode(request, page[size - 1].Id) : "";
        return response;
    }

    public override async Task<GetProgrammeResponse> GetProgramme(GetProgrammeRequest request, ServerCallContext context)
    {
        var id = ResourceNames.ParseProgramme(request.Name, "name");
        return new GetProgrammeResponse { Programme = ProgrammeMapper.ToProto(await LoadProgrammeAsync(id, context.CancellationToken)) };
    }

    public override async Task<CreateProgrammeResponse> CreateProgramme(CreateProgrammeRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        Demand(CapacityAccess.CanManageProgrammes(caller), "programmes");
        var programme = ProgrammeValidator.Validate(request, Now);
        var name = ResourceNames.Programme(programme.Id);
        var requestId = RequestIds.Normalize(request.RequestId);
        if (await EarlierChangeAsync(requestId, name, nameof(CreateProgramme), caller, ct) is not null)
        {
            return new CreateProgrammeResponse { Programme = ProgrammeMapper.ToProto(await LoadProgrammeAsync(programme.Id, ct)) };
        }

        if (await db.Programmes.AnyAsync(p => p.Id == programme.Id, ct))
        {
            throw Problems.AlreadyExists(name, "a programme with this id already exists");
        }

        db.Programmes.Add(programme);
        db.Changes.Add(Change(requestId, nameof(CreateProgramme), name, caller));
        if (!await TrySaveCreationAsync(name, ct))
        {
            // The id or the request id was taken at the same moment: a racing retry is answered as the first attempt.
            _ = await EarlierChangeAsync(requestId, name, nameof(CreateProgramme), caller, ct)
                ?? throw Problems.AlreadyExists(name, "a programme with this id already exists");
            programme = await LoadProgrammeAsync(programme.Id, ct);
        }

        return new CreateProgrammeResponse { Programme = ProgrammeMapper.ToProto(programme) };
    }

    private ChangeRecord Change(string requestId, string method, string resource, Caller caller) => new()
    {
        RequestId = requestId,
        Method = method,
        ResourceName = resource,
        Subject = caller.Subject,
        SubjectMunicipalityNumber = caller.MunicipalityNumber,
        OccurTime = Now,
    };

    /// <summary>Saves a new top-level resource; false when a unique index refused it (the tracker is then cleared).</summary>
    private async Task<bool> TrySaveCreationAsync(string name, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            boardSignal.Pulse();
            LogChanged(logger, "Create", name);
            return true;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
