using Grpc.Core;
using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Grpc.Validation;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Grpc;

public sealed partial class CapacityGrpcService
{
    public override async Task<ListTeamsResponse> ListTeams(ListTeamsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var own = Caller.From(context).MunicipalityNumber;
        var size = PageToken.Size(request.PageSize);
        var query = db.Teams.AsNoTracking()
            .Where(t => t.HostMunicipalityNumber == own || t.Allocations.Any(a => a.MunicipalityNumber == own));
        if (request.Programme.Length > 0)
        {
            var programme = ResourceNames.ParseProgramme(request.Programme, "programme");
            query = query.Where(t => t.ProgrammeId == programme);
        }

        if (PageToken.Decode(request, 1) is [var lastId])
        {
            query = query.Where(t => string.Compare(t.Id, lastId) > 0);
        }

        var page = await query.OrderBy(t => t.Id).Take(size + 1)
            .Include(t => t.CapacityChanges).Include(t => t.Allocations).AsSplitQuery().ToListAsync(ct);
        var response = new ListTeamsResponse();
        var today = Today;
        response.Teams.AddRange(page.Take(size).Select(t => TeamMapper.ToProto(t, today)));
        response.NextPageToken = page.Count > size ? PageToken.Encode(request, page[size - 1].Id) : "";
        return response;
    }

    public override async Task<GetTeamResponse> GetTeam(GetTeamRequest request, ServerCallContext context)
    {
        var team = await VisibleTeamAsync(ResourceNames.ParseTeam(request.Name, "name"), Caller.From(context), context.CancellationToken);
        return new GetTeamResponse { Team = TeamMapper.ToProto(team, Today) };
    }

    public override async Task<CreateTeamResponse> CreateTeam(CreateTeamRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        Demand(CapacityAccess.CanCreateTeam(caller), "teams");
        var (programmeId, effective) = TeamValidator.Validate(request);
        var name = ResourceNames.Team(request.TeamId);
        var requestId = RequestIds.Normalize(request.RequestId);
        if (await EarlierChangeAsync(requestId, name, nameof(CreateTeam), caller, ct) is not null)
        {
            return new CreateTeamResponse { Team = TeamMapper.ToProto(await LoadTeamAsync(request.TeamId, tracked: false, ct), Today) };
        }

        if (!await db.Programmes.AnyAsync(p => p.Id == programmeId, ct))
        {
            throw Problems.InvalidArgument("team.programme", "must name an existing programme");
        }

        if (await db.Teams.AnyAsync(t => t.Id == request.TeamId, ct))
        {
            throw Problems.AlreadyExists(name, "a team with this id already exists");
        }

        var team = NewTeam(request, programmeId, effective, caller);
        db.Teams.Add(team);
        db.Changes.Add(Change(requestId, nameof(CreateTeam), name, caller));
        if (!await TrySaveCreationAsync(name, ct))
        {
            _ = await EarlierChangeAsync(requestId, name, nameof(CreateTeam), caller, ct)
                ?? throw Problems.AlreadyExists(name, "a team with this id already exists");
            team = await LoadTeamAsync(request.TeamId, tracked: false, ct);
        }

        return new CreateTeamResponse { Team = TeamMapper.ToProto(team, Today) };
    }

    public override async Task<SetTeamCapacityResponse> SetTeamCapacity(SetTeamCapacityRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var teamId = ResourceNames.ParseTeam(request.Team, "team");
        Demand(CapacityAccess.CanManageTeam(caller, await LoadTeamAsync(teamId, tracked: false, ct)), request.Team);
        var effective = TeamValidator.Validate(request);

        var team = await ChangeTeamAsync(teamId, request.Team, nameof(SetTeamCapacity), request.RequestId, caller,
            apply: team =>
            {
                var change = new CapacityChangeRecord
                {
                    Id = Guid.CreateVersion7(Now).ToString(),
                    TeamId = team.Id,
                    EffectiveDate = effective,
                    Capacity = request.Capacity,
                    CreateTime = Now,
                    Creator = caller.Subject,
                };
                team.CapacityChanges.Add(change);
                RequireAllocationsFit(team, effective);
                return Task.FromResult((ResourceNames.CapacityChange(team.Id, change.Id), team));
            },
            replay: async _ => await LoadTeamAsync(teamId, tracked: false, ct),
            ct);
        return new SetTeamCapacityResponse { Team = TeamMapper.ToProto(team, Today) };
    }

    private TeamRecord NewTeam(CreateTeamRequest request, string programmeId, DateOnly effective, Caller caller)
    {
        var now = Now;
        return new TeamRecord
        {
            Id = request.TeamId,
            DisplayName = request.Team.DisplayName.Trim(),
            ProgrammeId = programmeId,
            HostMunicipalityNumber = caller.MunicipalityNumber,
            FreeSlotPolicy = request.Team.FreeSlotPolicy,
            CreateTime = now,
            Creator = caller.Subject,
            CapacityChanges =
            [
                new CapacityChangeRecord
                {
                    Id = Guid.CreateVersion7(now).ToString(),
                    TeamId = request.TeamId,
                    EffectiveDate = effective,
                    Capacity = request.InitialCapacity,
                    CreateTime = now,
                    Creator = caller.Subject,
                },
            ],
        };
    }

    /// <summary>
    /// Partners may never hold more than the team has: checked on every day from
    /// <paramref name="from"/> on where capacity or allocations change. Treatments already running
    /// are not cut by a lower capacity; the board then shows the team over capacity.
    /// </summary>
    private static void RequireAllocationsFit(TeamRecord team, DateOnly from)
    {
        var terms = TeamTerms.Of(team);
        var checkpoints = team.CapacityChanges.Select(c => c.EffectiveDate)
            .Concat(team.Allocations.Select(a => a.StartDate))
            .Where(d => d >= from).Append(from).Distinct().Order();
        foreach (var day in checkpoints)
        {
            var (held, capacity) = (terms.PartnerSlotsOn(day), terms.CapacityOn(day));
            if (held > capacity)
            {
                throw Problems.FailedPrecondition("ALLOCATIONS_EXCEED_CAPACITY", ResourceNames.Team(team.Id),
                    $"Partners would hold {held} slots on {Hosting.Time.IsoDate.ToText(day)} but the team has {capacity}.");
            }
        }
    }
}
