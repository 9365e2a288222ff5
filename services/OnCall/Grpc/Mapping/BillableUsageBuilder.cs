using Intermunicipal.Common.V1;
using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Mapping;

/// <summary>Usage totals with every counted item, each with a stable id. Counts and times only.</summary>
public static class BillableUsageBuilder
{
    public static BillableUsage Build(string unitId, string municipalityNumber, Period period, UsageCounter usage,
        BillableUsageView view = BillableUsageView.Full)
    {
        var callOuts = usage.CallOuts;
        var decisions = usage.EmergencyDecisions;
        var result = new BillableUsage
        {
            OnCallUnit = ResourceNames.Unit(unitId),
            MunicipalityNumber = municipalityNumber,
            Period = period,
            CallCount = usage.CallsReceived.Count,
            CallOutCount = callOuts.Count,
            CallOutMinutes = usage.CallOutMinutes,
            EmergencyDecisionCount = decisions.Count,
        };
        if (view == BillableUsageView.CallsByDay)
        {
            result.CallDays.AddRange(CallDays(usage.CallsReceived));
        }
        else
        {
            result.Items.AddRange(usage.CallsReceived.Select(c => new BillableItem
            {
                Source = ResourceNames.Call(unitId, c.Id),
                Kind = BillableItemKind.Call,
                OccurTime = ProtoTime.ToTimestamp(c.ReceiveTime),
            }));
        }

        result.Items.AddRange(callOuts.Select(x => new BillableItem
        {
            Source = ResourceNames.Entry(unitId, x.Call.Id, x.Entry.Id),
            Kind = BillableItemKind.CallOut,
            OccurTime = ProtoTime.ToTimestamp(x.Entry.OccurTime),
            Minutes = CallHistory.Minutes(x.Entry),
        }));
        result.Items.AddRange(decisions.Select(x => new BillableItem
        {
            Source = ResourceNames.Entry(unitId, x.Call.Id, x.Entry.Id),
            Kind = BillableItemKind.EmergencyDecision,
            OccurTime = ProtoTime.ToTimestamp(x.Entry.OccurTime),
        }));
        return result;
    }

    /// <summary>
    /// The calls' ids by Oslo day. The calls come in receive order, so a day is looked up in the
    /// time zone only when a call falls past the end of the day before, not once per call.
    /// </summary>
    private static List<BillableCallDay> CallDays(IReadOnlyList<CountedCall> callsInReceiveOrder)
    {
        var days = new List<BillableCallDay>();
        var dayEnd = DateTime.MinValue;
        foreach (var call in callsInReceiveOrder)
        {
            if (call.ReceiveTime >= dayEnd)
            {
                var date = NodaTime.Instant.FromDateTimeUtc(DateTime.SpecifyKind(call.ReceiveTime, DateTimeKind.Utc)).InZone(NorwegianTime.Oslo).Date;
                dayEnd = OfficeCalendar.Days(date, date).End.ToDateTimeUtc();
                days.Add(new BillableCallDay { Date = ProtoTime.ToDate(ProtoTime.ToDateOnly(date)) });
            }

            days[^1].CallIds.Add(call.Id);
        }

        return days;
    }
}
