using System.Globalization;
using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Capacity.Grpc.Mapping;

public static class TeamMapper
{
    /// <param name="team">With its capacity changes loaded.</param>
    /// <param name="today">The Oslo date for current_capacity.</param>
    public static Team ToProto(TeamRecord team, DateOnly today)
    {
        var proto = new Team
        {
            Name = ResourceNames.Team(team.Id),
            DisplayName = team.DisplayName,
            Programme = ResourceNames.Programme(team.ProgrammeId),
            HostMunicipalityNumber = team.HostMunicipalityNumber,
            FreeSlotPolicy = team.FreeSlotPolicy,
            CurrentCapacity = TeamTerms.Of(team).CapacityOn(today),
            CreateTime = ProtoTime.ToTimestamp(team.CreateTime),
            Etag = team.Version.ToString(CultureInfo.InvariantCulture),
        };
        proto.CapacityChanges.AddRange(team.CapacityChanges
            .OrderBy(c => c.EffectiveDate).ThenBy(c => c.CreateTime)
            .Select(c => new CapacityChange
            {
                Name = ResourceNames.CapacityChange(team.Id, c.Id),
                EffectiveDate = ProtoTime.ToDate(c.EffectiveDate),
                Capacity = c.Capacity,
                CreateTime = ProtoTime.ToTimestamp(c.CreateTime),
            }));
        return proto;
    }

    public static Allocation ToProto(AllocationRecord allocation) => new()
    {
        Name = ResourceNames.Allocation(allocation.TeamId, allocation.Id),
        MunicipalityNumber = allocation.MunicipalityNumber,
        SlotCount = allocation.SlotCount,
        StartDate = ProtoTime.ToDate(allocation.StartDate),
        EndDate = allocation.EndDate is { } end ? ProtoTime.ToDate(end) : null,
        CreateTime = ProtoTime.ToTimestamp(allocation.CreateTime),
    };
}
