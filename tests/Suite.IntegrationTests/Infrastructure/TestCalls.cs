using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>Valid requests to start from; each test changes only what it is about.</summary>
public static class TestCalls
{
    public const string AskerOgBaerum = "onCallUnits/asker-og-baerum";
    public const string MidtBuskerud = "onCallUnits/midt-buskerud";

    /// <summary>Friday 13 March 2026, 21:30 in Oslo (20:30 UTC): handed over Monday 16 March.</summary>
    public static readonly DateTime FridayEvening = new(2026, 3, 13, 20, 30, 0, DateTimeKind.Utc);

    public static LogCallRequest Valid(string unit = AskerOgBaerum, string municipality = TestUser.Asker, DateTime? received = null) => new()
    {
        Parent = unit,
        RequestId = Guid.NewGuid().ToString(),
        Call = new Call
        {
            ReceiveTime = Timestamp.FromDateTime(received ?? FridayEvening),
            Channel = Channel.Police,
            ReporterType = ReporterType.Police,
            MunicipalityNumber = municipality,
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

    public static AddCallEntryRequest Entry(string call, CallEntryType type, DateTime occurred, DateTime? ended = null,
        string legalBasis = "") => new()
        {
            Parent = call,
            RequestId = Guid.NewGuid().ToString(),
            Entry = new CallEntry
            {
                Type = type,
                OccurTime = Timestamp.FromDateTime(occurred),
                EndTime = ended is { } end ? Timestamp.FromDateTime(end) : null,
                LegalBasis = legalBasis,
            },
        };

    /// <summary>The violation type of a refused call's single google.rpc.PreconditionFailure violation, e.g. "ALREADY_CREDITED".</summary>
    public static string PreconditionType(RpcException refused) =>
        refused.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>()!.Violations.Single().Type;

    /// <summary>The field paths a refused call named in its google.rpc.BadRequest.</summary>
    public static IReadOnlyList<string> ViolatedFields(RpcException refused) =>
        refused.GetRpcStatus()?.GetDetail<Google.Rpc.BadRequest>()?.FieldViolations.Select(v => v.Field).ToList() ?? [];

    public static async Task<int> CountCallsAsync(OnCallService.OnCallServiceClient staff, string unit)
    {
        var count = 0;
        var request = new ListCallsRequest { Parent = unit, PageSize = 500 };
        do
        {
            var page = await staff.ListCallsAsync(request);
            count += page.Calls.Count;
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);
        return count;
    }
}
