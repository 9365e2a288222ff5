using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.UnitTests;

/// <summary>Fixed units, instants and records shared by the tests. Nothing here reads the clock.</summary>
internal static class TestData
{
    public const string UnitId = "asker-og-baerum";
    public const string Host = "3201";
    public const string Covered = "3203";
    public const string ThirdMunicipality = "0301";

    public const int OfficeOpens = 8 * 60;
    public const int OfficeCloses = 15 * 60 + 30;

    /// <summary>Bærum hosts the unit and covers itself and Asker (as the unit catalog seeds it).</summary>
    public static OnCallUnitRecord Unit(bool alwaysOpen = false) => new()
    {
        Id = UnitId,
        DisplayName = "Asker og Bærum barnevernvakt",
        HostMunicipalityNumber = Host,
        CoveredMunicipalityNumbers = [Host, Covered],
        AlwaysOpen = alwaysOpen,
        OfficeOpensMinute = OfficeOpens,
        OfficeClosesMinute = OfficeCloses,
    };

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, DateTimeKind.Utc);

    public static Timestamp Ts(DateTime utc) => Timestamp.FromDateTime(utc);

    public static CallRecord Call(string id, DateTime received, params CallEntryRecord[] entries) => new()
    {
        Id = id,
        UnitId = UnitId,
        RequestId = Guid.Empty.ToString(),
        ReceiveTime = received,
        MunicipalityNumber = Covered,
        Summary = "summary",
        Creator = "staff",
        Entries = [.. entries],
    };

    /// <summary>An entry whose creation order follows <paramref name="occur"/> unless <paramref name="created"/> says otherwise.</summary>
    public static CallEntryRecord Entry(string id, CallEntryType type, DateTime occur, DateTime? end = null,
        string? corrects = null, bool retraction = false, DateTime? created = null, string callId = "call") => new()
        {
            Id = id,
            CallId = callId,
            RequestId = id,
            Type = type,
            OccurTime = occur,
            EndTime = end,
            CorrectsEntryId = corrects,
            Retraction = retraction,
            CreateTime = created ?? occur,
            Author = "staff",
        };
}

/// <summary>Assertions on the gRPC errors the validators throw.</summary>
internal static class RpcAssert
{
    /// <summary>The field paths of the BadRequest detail of an INVALID_ARGUMENT thrown by <paramref name="action"/>.</summary>
    public static IReadOnlyList<string> InvalidFields(Func<object?> action)
    {
        var ex = Assert.Throws<RpcException>(action);
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var badRequest = ex.GetRpcStatus()?.GetDetail<BadRequest>();
        Assert.NotNull(badRequest);
        return [.. badRequest.FieldViolations.Select(v => v.Field)];
    }

    /// <summary>Asserts INVALID_ARGUMENT with exactly one violation, on <paramref name="field"/>.</summary>
    public static void OnlyField(string field, Func<object?> action)
    {
        Assert.Equal([field], InvalidFields(action));
    }

    /// <summary>The PreconditionFailure violation of a FAILED_PRECONDITION thrown by <paramref name="action"/>.</summary>
    public static PreconditionFailure.Types.Violation FailedPrecondition(Func<object?> action)
    {
        var ex = Assert.Throws<RpcException>(action);
        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        var failure = ex.GetRpcStatus()?.GetDetail<PreconditionFailure>();
        Assert.NotNull(failure);
        return Assert.Single(failure.Violations);
    }
}
