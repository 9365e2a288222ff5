using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Capacity.Grpc.Mapping;

public static class AuditEventMapper
{
    public static AuditEvent ToProto(AuditEventRecord audit) => new()
    {
        Name = ResourceNames.AuditEvent(audit.TeamId, audit.Id),
        EventTime = ProtoTime.ToTimestamp(audit.EventTime),
        Subject = audit.Subject,
        SubjectMunicipalityNumber = audit.SubjectMunicipalityNumber,
        Referral = ResourceNames.Referral(audit.TeamId, audit.ReferralId),
        Action = audit.Action,
    };
}
