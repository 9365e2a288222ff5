using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Capacity.Grpc.Mapping;

public static class ProgrammeMapper
{
    public static Programme ToProto(ProgrammeRecord programme) => new()
    {
        Name = ResourceNames.Programme(programme.Id),
        DisplayName = programme.DisplayName,
        Description = programme.Description,
        MinChildAge = programme.MinChildAge,
        MaxChildAge = programme.MaxChildAge,
        TypicalDurationDays = programme.TypicalDurationDays,
        CreateTime = ProtoTime.ToTimestamp(programme.CreateTime),
    };
}
