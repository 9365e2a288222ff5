using Grpc.Core;
using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Grpc.Validation;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Capacity.Grpc;

public sealed partial class CapacityGrpcService
{
    public override async Task<ListAllocationsResponse> ListAllocations(ListAllocationsRequest request, ServerCallContext context)
    {
        var team = await VisibleTeamAsync(ResourceNames.ParseTeam(request.Parent, "parent"), Caller.From(context), context.CancellationToken);
        var size = PageToken.Size(request.PageSize);
        var ordered = team.Allocations.OrderBy(a => a.StartDate).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        var skip = 0;
        if (PageToken.Decode(request, 1) is [var lastId])
        {
            skip = ordered.FindIndex(a => a.Id == lastId) + 1;
            if (skip == 0)
            {
                throw Problems.InvalidArgument("page_token", "is not a token this method returned");
            }
        }

        var page = ordered.Skip(skip).Take(size + 1).ToList();
        var response = new ListAllocationsResponse();
        response.Allocations.AddRange(page.Take(size).Select(TeamMapper.ToProto));
        response.NextPageToken = page.Count > size ? PageToken.Encode(request, page[size - 1].Id) : "";
        return response;
    }

    public override async Task<CreateAllocationResponse> CreateAllocation(CreateAllocationRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var teamId = ResourceNames.ParseTeam(request.Parent, "parent");
        var current = await LoadTeamAsync(teamId, tracked: false, ct);
        Demand(CapacityAccess.CanManageTeam(caller, current), request.Parent);
        var (start, end) = AllocationValidator.Validate(request, current.HostMunicipalityNumber);

        var allocation = await ChangeTeamAsync(teamId, request.Parent, nameof(CreateAllocation), request.RequestId, caller,
            apply: team =>
            {
                var allocation = new AllocationRecord
                {
                    Id = Guid.CreateVersion7(Now).ToString(),
                    TeamId = team.Id,
                    MunicipalityNumber = request.Allocation.MunicipalityNumber,
                    SlotCount = request.Allocation.SlotCount,
                    StartDate = start,
                    EndDate = end,
                    CreateTime = Now,
                    Creator = caller.Subject,
                };
                RequireNoOverlap(team, allocation);
                team.Allocations.Add(allocation);
                RequireAllocationsFit(team, start);
                return Task.FromResult((ResourceNames.Allocation(team.Id, allocation.Id), allocation));
            },
            replay: async earlier => await LoadAllocationAsync(earlier.ResourceName, ct),
            ct);
        return new CreateAllocationResponse { Allocation = TeamMapper.ToProto(allocation) };
    }

    public override async Task<EndAllocationResponse> EndAllocation(EndAllocationRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var caller = Caller.From(context);
        var (teamId, allocationId) = ResourceNames.ParseAllocation(request.Name, "name");
        Demand(CapacityAccess.CanManageTeam(caller, await LoadTeamAsync(teamId, tracked: false, ct)), request.Name);
        var end = AllocationValidator.Validate(request);

        var allocation = await ChangeTeamAsync(teamId, request.Name, nameof(EndAllocation), request.RequestId, caller,
            apply: team =>
            {
                var allocation = team.Allocations.SingleOrDefault(a => a.Id == allocationId)
                    ?? throw Problems.NotFound("Allocation", request.Name);
                if (end < allocation.StartDate)
                {
                    throw Problems.InvalidArgument("end_date", $"must not be before the allocation's start ({IsoDate.ToText(allocation.StartDate)})");
                }

                allocation.EndDate = end;
                RequireNoOverlap(team, allocation);
                RequireAllocationsFit(team, allocation.StartDate);
                return Task.FromResult((request.Name, allocation));
            },
            replay: _ => LoadAllocationAsync(request.Name, ct),
            ct);
        return new EndAllocationResponse { Allocation = TeamMapper.ToProto(allocation) };
    }

    private async Task<AllocationRecord> LoadAllocationAsync(string name, CancellationToken ct)
    {
        var (teamId, id) = ResourceNames.ParseAllocation(name, "name");
        return await db.Allocations.AsNoTracking().SingleOrDefaultAsync(a => a.TeamId == teamId && a.Id == id, ct)
            ?? throw Problems.NotFound("Allocation", name);
    }

    /// <summary>A partner holds one allocation at a time in a team: a change is a new allocation after the old one ends.</summary>
    private static void RequireNoOverlap(TeamRecord team, AllocationRecord allocation)
    {
        var clash = team.Allocations.FirstOrDefault(other => other.Id != allocation.Id
            && other.MunicipalityNumber == allocation.MunicipalityNumber
            && other.StartDate <= (allocation.EndDate ?? DateOnly.MaxValue)
            && allocation.StartDate <= (other.EndDate ?? DateOnly.MaxValue));
        if (clash is not null)
        {
            throw Problems.FailedPrecondition("ALLOCATION_OVERLAP", ResourceNames.Allocation(team.Id, clash.Id),
                $"Municipality {allocation.MunicipalityNumber} already holds slots in this team from {IsoDate.ToText(clash.StartDate)}"
                + (clash.EndDate is { } e ? $" to {IsoDate.ToText(e)}" : " with no end") + "; end that allocation first.");
        }
    }
}
