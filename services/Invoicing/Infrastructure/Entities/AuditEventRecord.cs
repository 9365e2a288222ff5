namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>
/// Who read or changed what, and when. Each event names both sides of the resource so that the host's
/// and the partner's finance staff each see what was done with what concerns them.
/// </summary>
public sealed class AuditEventRecord
{
    /// <summary>Assigned by the database, increasing: the newest-first paging key.</summary>
    public long Id { get; set; }
    public DateTime EventTime { get; set; }
    public required string Subject { get; set; }
    public required string SubjectMunicipalityNumber { get; set; }
    public required string Resource { get; set; }
    public required string Action { get; set; }

    /// <summary>Kommunenummer of the host side; empty for a municipality's own party or list.</summary>
    public required string HostMunicipalityNumber { get; set; }

    /// <summary>Kommunenummer of the partner side; empty where there is none.</summary>
    public required string PartnerMunicipalityNumber { get; set; }
}
