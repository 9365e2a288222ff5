namespace Intermunicipal.Capacity.Infrastructure.Entities;

/// <summary>Who read which referral's personal data, and when.</summary>
public sealed class AuditEventRecord
{
    public required string Id { get; set; }
    public required string TeamId { get; set; }
    public DateTime EventTime { get; set; }
    public required string Subject { get; set; }
    public required string SubjectMunicipalityNumber { get; set; }
    public required string ReferralId { get; set; }
    public required string Action { get; set; }
}
