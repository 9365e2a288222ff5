namespace Intermunicipal.OnCall.Infrastructure.Entities;

/// <summary>Who read which call's personal data, and when.</summary>
public sealed class AuditEventRecord
{
    public required string Id { get; set; }
    public required string UnitId { get; set; }
    public DateTime EventTime { get; set; }
    public required string Subject { get; set; }
    public required string SubjectMunicipalityNumber { get; set; }
    public required string CallId { get; set; }
    public required string Action { get; set; }
}
