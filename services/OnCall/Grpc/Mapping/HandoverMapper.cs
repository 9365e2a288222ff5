using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Mapping;

/// <summary>Builds a handover from the calls that make it up. No personal data goes in.</summary>
public static class HandoverMapper
{
    public static Handover ToProto(OnCallUnitRecord unit, string municipalityNumber, DateOnly date,
        IReadOnlyList<CallRecord> calls, OfficeCalendar calendar)
    {
        var (start, end) = calendar.Shift(ProtoTime.ToLocalDate(date));
        var lastAcknowledged = calls.Where(c => c.HandoverAcknowledgeTime is not null)
            .MaxBy(c => c.HandoverAcknowledgeTime);
        var handover = new Handover
        {
            Name = Grpc.ResourceNames.Handover(unit.Id, municipalityNumber, date),
            MunicipalityNumber = municipalityNumber,
            HandoverDate = ProtoTime.ToDate(date),
            ShiftStartTime = ProtoTime.ToTimestamp(start.ToDateTimeUtc()),
            ShiftEndTime = ProtoTime.ToTimestamp(end.ToDateTimeUtc()),
            Acknowledged = calls.All(c => c.HandoverAcknowledgeTime is not null),
            AcknowledgeTime = ProtoTime.ToTimestampOrNull(lastAcknowledged?.HandoverAcknowledgeTime),
            AcknowledgedBy = lastAcknowledged?.HandoverAcknowledgedBy ?? "",
        };
        handover.Calls.AddRange(calls.OrderBy(c => c.ReceiveTime).Select(c => ToProto(unit, c)));
        handover.FollowUpCount = handover.Calls.Count(c => c.FollowUpRequired);
        return handover;
    }

    private static HandoverCall ToProto(OnCallUnitRecord unit, CallRecord call)
    {
        var history = new CallHistory(call.Entries);
        return new HandoverCall
        {
            Call = Grpc.ResourceNames.Call(unit.Id, call.Id),
            ReceiveTime = ProtoTime.ToTimestamp(call.ReceiveTime),
            Urgency = call.Urgency,
            ConcernCategories = { call.ConcernCategories },
            Status = history.Status,
            Outcome = history.Outcome,
            Acknowledged = call.HandoverAcknowledgeTime is not null,
            FollowUpRequired = history.FollowUpRequired,
        };
    }
}
