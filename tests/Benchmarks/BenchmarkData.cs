using Google.Protobuf.WellKnownTypes;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.Benchmarks;

/// <summary>Valid inputs, shaped like the integration tests' (see Suite.IntegrationTests TestCalls).</summary>
public static class BenchmarkData
{
    /// <summary>Friday 13 March 2026, 21:30 in Oslo (20:30 UTC): handed over Monday 16 March.</summary>
    public static readonly DateTime FridayEvening = new(2026, 3, 13, 20, 30, 0, DateTimeKind.Utc);

    public static OnCallUnitRecord Unit() => new()
    {
        Id = "asker-og-baerum",
        DisplayName = "Asker og Bærum barnevernvakt",
        HostMunicipalityNumber = "3201",
        CoveredMunicipalityNumbers = ["3201", "3203"],
        OfficeOpensMinute = 480,
        OfficeClosesMinute = 930,
    };

    public static HashSet<string> ActiveConcernCategories() =>
        new(["vold-naere-relasjoner", "konflikt-hjemmet", "rus-foreldre"], StringComparer.Ordinal);

    public static LogCallRequest ValidRequest() => new()
    {
        Parent = "onCallUnits/asker-og-baerum",
        RequestId = "0198f3a2-7c4e-7b1a-9d2e-3f4a5b6c7d8e",
        Call = new Call
        {
            ReceiveTime = Timestamp.FromDateTime(FridayEvening),
            Channel = Channel.Police,
            ReporterType = ReporterType.Police,
            MunicipalityNumber = "3201",
            ConcernCategories = { "vold-naere-relasjoner" },
            Urgency = Urgency.Acute,
            Summary = "Politiet melder om husbråk; to barn i hjemmet.",
            Child = new ChildIdentity
            {
                FullName = "Testbarn Testesen",
                BirthDate = new Google.Type.Date { Year = 2015, Month = 6, Day = 1 },
                NationalIdentityNumber = NationalIdentityNumber.Synthetic(new DateOnly(2015, 6, 1), 123),
            },
            HandlingStaff = { "baerum-vakt" },
        },
    };

    /// <summary>A call received at <paramref name="received"/> with the given entries (type, minutes after receipt).</summary>
    public static CallRecord Call(string id, DateTime received, params (CallEntryType Type, int Minutes)[] entries)
    {
        var call = new CallRecord
        {
            Id = id,
            UnitId = "asker-og-baerum",
            RequestId = id,
            ReceiveTime = received,
            Channel = Channel.Police,
            ReporterType = ReporterType.Police,
            MunicipalityNumber = "3201",
            ConcernCategories = ["vold-naere-relasjoner"],
            Urgency = Urgency.Acute,
            Summary = "Politiet melder om husbråk; to barn i hjemmet.",
            ChildFullName = "Testbarn Testesen",
            ChildBirthDate = new DateOnly(2015, 6, 1),
            ChildNationalIdentityNumber = NationalIdentityNumber.Synthetic(new DateOnly(2015, 6, 1), 123),
            HandlingStaff = ["baerum-vakt"],
            CreateTime = received.AddMinutes(1),
            Creator = "baerum-vakt",
            HandoverDate = new DateOnly(2026, 3, 16),
        };
        for (var i = 0; i < entries.Length; i++)
        {
            var (type, minutes) = entries[i];
            var occurred = received.AddMinutes(minutes);
            call.Entries.Add(new CallEntryRecord
            {
                Id = $"{id}-e{i}",
                CallId = id,
                RequestId = $"{id}-r{i}",
                Type = type,
                OccurTime = occurred,
                EndTime = type == CallEntryType.CallOut ? occurred.AddMinutes(95) : null,
                LegalBasis = type is CallEntryType.EmergencyDecision or CallEntryType.EmergencyPlacement ? "bvl-4-2" : null,
                Note = "Notat fra vakten.",
                CreateTime = occurred.AddMinutes(1),
                Author = "baerum-vakt",
            });
        }

        return call;
    }
}
