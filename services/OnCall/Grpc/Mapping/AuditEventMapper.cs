using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Mapping;

/// <summary>Stored audit records to proto messages.</summary>
public static class AuditEventMapper
{
    public static AuditEvent ToProto(AuditEventRecord audit) => new()
    {
        Name = ResourceNames.AuditEvent(audit.UnitId, audit.Id),
        EventTime = ProtoTime.ToTimestamp(audit.EventTime),
        Subject = audit.Subject,
        SubjectMunicipalityNumber = audit.SubjectMunicipalityNumber,
        Call = ResourceNames.Call(audit.UnitId, audit.CallId),
        Action = audit.Action,
    };
}
