using Intermunicipal.Common.V1;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Mapping;

/// <summary>Stored units to proto messages, with municipality names where known.</summary>
public static class UnitMapper
{
    public static OnCallUnit ToProto(OnCallUnitRecord unit, IReadOnlyDictionary<string, string> names)
    {
        MunicipalityReference Reference(string number) =>
            new() { Number = number, DisplayName = names.GetValueOrDefault(number, "") };

        return new OnCallUnit
        {
            Name = ResourceNames.Unit(unit.Id),
            DisplayName = unit.DisplayName,
            HostMunicipality = Reference(unit.HostMunicipalityNumber),
            CoveredMunicipalities = { unit.CoveredMunicipalityNumbers.Select(Reference) },
            OpeningHours = new OpeningHours
            {
                AlwaysOpen = unit.AlwaysOpen,
                OfficeOpensMinute = unit.OfficeOpensMinute,
                OfficeClosesMinute = unit.OfficeClosesMinute,
            },
        };
    }
}
