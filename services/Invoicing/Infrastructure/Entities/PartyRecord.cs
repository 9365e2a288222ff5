namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>A municipality as sender or receiver of invoices, kept by its own finance staff.</summary>
public sealed class PartyRecord
{
    /// <summary>Organisasjonsnummer, the key: it never changes, unlike the kommunenummer.</summary>
    public required string OrganisationNumber { get; set; }
    public required string MunicipalityNumber { get; set; }
    public required string DisplayName { get; set; }
    public required string Street { get; set; }
    public required string PostalCode { get; set; }
    public required string City { get; set; }
    public required string CountryCode { get; set; }
    public required string BankAccount { get; set; }
    public string ContactName { get; set; } = "";
    public string ContactEmail { get; set; } = "";
    public string ContactPhone { get; set; } = "";
    public required string BuyerReference { get; set; }
    public DateTime CreateTime { get; set; }
    public DateTime UpdateTime { get; set; }

    /// <summary>Bumped on every change; the etag, and the guard against lost updates.</summary>
    public int Version { get; set; }
}
