using Google.Protobuf.WellKnownTypes;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using static Intermunicipal.OnCall.UnitTests.TestData;

namespace Intermunicipal.OnCall.UnitTests;

public sealed class HandoverMapperTests
{
    private static readonly OfficeCalendar Calendar = new(OfficeOpens, OfficeCloses, alwaysOpen: false);
    private static readonly DateOnly Monday = new(2026, 3, 30);

    private static CallRecord HandoverCall(string id, DateTime received, DateTime? acknowledged = null, string? by = null)
    {
        var call = Call(id, received, Entry(id + "-advice", CallEntryType.AdviceGiven, received.AddMinutes(3)));
        call.HandoverDate = Monday;
        call.HandoverAcknowledgeTime = acknowledged;
        call.HandoverAcknowledgedBy = by;
        call.ChildFullName = "Test Testesen";
        return call;
    }

    [Fact]
    public void The_handover_has_its_name_and_the_shift_across_the_DST_change()
    {
        var handover = HandoverMapper.ToProto(Unit(), Covered, Monday, [], Calendar);

        Assert.Equal($"onCallUnits/{UnitId}/handovers/{Covered}-2026-03-30", handover.Name);
        Assert.Equal(Covered, handover.MunicipalityNumber);
        Assert.Equal(new Google.Type.Date { Year = 2026, Month = 3, Day = 30 }, handover.HandoverDate);
        Assert.Equal(Timestamp.FromDateTime(Utc(2026, 3, 27, 14, 30)), handover.ShiftStartTime);
        Assert.Equal(Timestamp.FromDateTime(Utc(2026, 3, 30, 6, 0)), handover.ShiftEndTime);
    }

    [Fact]
    public void Calls_are_listed_oldest_first_without_personal_data()
    {
        var late = HandoverCall("0195f0a4-0000-7000-8000-000000000002", Utc(2026, 3, 29, 1, 0));
        var early = HandoverCall("0195f0a4-0000-7000-8000-000000000001", Utc(2026, 3, 27, 18, 0));

        var handover = HandoverMapper.ToProto(Unit(), Covered, Monday, [late, early], Calendar);

        Assert.Equal([early.Id, late.Id], handover.Calls.Select(c => c.Call.Split('/')[^1]));
        var first = handover.Calls[0];
        Assert.Equal(Timestamp.FromDateTime(early.ReceiveTime), first.ReceiveTime);
        Assert.Equal(CallOutcome.Advice, first.Outcome);
        Assert.DoesNotContain("Test Testesen", handover.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("summary", handover.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_handover_is_acknowledged_only_when_every_call_is()
    {
        var acknowledged = HandoverCall("0195f0a4-0000-7000-8000-000000000001", Utc(2026, 3, 27, 18, 0),
            Utc(2026, 3, 30, 7, 0), "caseworker-1");
        var pending = HandoverCall("0195f0a4-0000-7000-8000-000000000002", Utc(2026, 3, 28, 18, 0));

        var handover = HandoverMapper.ToProto(Unit(), Covered, Monday, [acknowledged, pending], Calendar);

        Assert.False(handover.Acknowledged);
        Assert.Equal([true, false], handover.Calls.Select(c => c.Acknowledged));
    }

    [Fact]
    public void The_last_acknowledgement_is_reported()
    {
        var first = HandoverCall("0195f0a4-0000-7000-8000-000000000001", Utc(2026, 3, 27, 18, 0),
            Utc(2026, 3, 30, 7, 0), "caseworker-1");
        var last = HandoverCall("0195f0a4-0000-7000-8000-000000000002", Utc(2026, 3, 28, 18, 0),
            Utc(2026, 3, 30, 9, 15), "caseworker-2");

        var handover = HandoverMapper.ToProto(Unit(), Covered, Monday, [last, first], Calendar);

        Assert.True(handover.Acknowledged);
        Assert.Equal(Timestamp.FromDateTime(Utc(2026, 3, 30, 9, 15)), handover.AcknowledgeTime);
        Assert.Equal("caseworker-2", handover.AcknowledgedBy);
    }

    [Fact]
    public void A_handover_nobody_acknowledged_has_no_acknowledgement()
    {
        var handover = HandoverMapper.ToProto(Unit(), Covered, Monday,
            [HandoverCall("0195f0a4-0000-7000-8000-000000000001", Utc(2026, 3, 27, 18, 0))], Calendar);

        Assert.Null(handover.AcknowledgeTime);
        Assert.Equal("", handover.AcknowledgedBy);
    }
}
