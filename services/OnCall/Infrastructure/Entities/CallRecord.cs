using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Infrastructure.Entities;

/// <summary>
/// A logged call. Its columns change only through a recorded details correction (the entry keeps
/// the old values), the derived status, the version, and the handover acknowledgement.
/// </summary>
public sealed class CallRecord
{
    public required string Id { get; set; }
    public required string UnitId { get; set; }
    public required string RequestId { get; set; }
    public DateTime ReceiveTime { get; set; }
    public Channel Channel { get; set; }
    public ReporterType ReporterType { get; set; }
    public required string MunicipalityNumber { get; set; }
    public List<string> ConcernCategories { get; set; } = [];
    public Urgency Urgency { get; set; }

    // Personal data: only GetCall returns these, and every such read is audited.
    public required string Summary { get; set; }
    public string? ChildFullName { get; set; }
    public DateOnly? ChildBirthDate { get; set; }
    public string? ChildNationalIdentityNumber { get; set; }

    public List<string> HandlingStaff { get; set; } = [];
    public DateTime CreateTime { get; set; }
    public required string Creator { get; set; }
    public DateOnly HandoverDate { get; set; }

    /// <summary>Derived from the entries (see CallHistory); kept here so lists can filter on it.</summary>
    public CallStatus Status { get; set; } = CallStatus.Open;

    public DateTime? HandoverAcknowledgeTime { get; set; }
    public string? HandoverAcknowledgedBy { get; set; }

    /// <summary>Bumped with every entry: two entries racing on one call cannot both rewrite Status.</summary>
    public int Version { get; set; }

    public List<CallEntryRecord> Entries { get; set; } = [];
}
