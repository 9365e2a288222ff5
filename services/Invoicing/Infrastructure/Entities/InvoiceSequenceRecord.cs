namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>
/// An issuer's invoice numbers for a year. The next number is taken in the same transaction that
/// issues the invoice, under this row's version, so a number is used exactly when an invoice is
/// issued: no gaps, no duplicates, with any number of instances on one database.
/// </summary>
public sealed class InvoiceSequenceRecord
{
    public required string IssuerOrganisationNumber { get; set; }
    public int Year { get; set; }
    public long LastNumber { get; set; }
    public int Version { get; set; }
}
