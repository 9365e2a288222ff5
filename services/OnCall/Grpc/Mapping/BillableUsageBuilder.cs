using Intermunicipal.Common.V1;
using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Mapping;

/// <summary>Usage totals with every counted item, each with a stable id. Counts and times only.</summary>
public static class BillableUsageBuilder
{
    public static BillableUsage Build(string unitId, string municipalityNumber, Period period, UsageCounter usage)
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
        result.Items.AddRange(usage.CallsReceived.Select(c => new BillableItem
        {
            Source = ResourceNames.Call(unitId, c.Id),
            Kind = BillableItemKind.Call,
            OccurTime = ProtoTime.ToTimestamp(c.ReceiveTime),
        }));
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
}
