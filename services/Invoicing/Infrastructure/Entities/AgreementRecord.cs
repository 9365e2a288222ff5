namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>A host–partner agreement; its terms are in <see cref="Versions"/>.</summary>
public sealed class AgreementRecord
{
    public required string Id { get; set; }
    public required string DisplayName { get; set; }
    public required string HostOrganisationNumber { get; set; }
    public required string PartnerOrganisationNumber { get; set; }
    public DateTime CreateTime { get; set; }

    /// <summary>Bumped on every revision; the etag, and the guard against two revisions at once.</summary>
    public int Version { get; set; }

    public List<AgreementVersionRecord> Versions { get; set; } = [];
}

/// <summary>
/// One version of an agreement's terms. The terms (lines, price models, index, frequency) are kept
/// as the contract's own JSON: they are data the pricing code reads whole, never queried by field.
/// </summary>
public sealed class AgreementVersionRecord
{
    public required string AgreementId { get; set; }
    public int Number { get; set; }
    public DateOnly ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }
    public required string TermsJson { get; set; }
    public DateTime CreateTime { get; set; }
}
