namespace Intermunicipal.Invoicing.Documents;

/// <summary>The renderings of an invoice document the service can serve.</summary>
public enum DocumentFormat
{
    /// <summary>EHF Billing 3.0 (Peppol BIS Billing 3.0, UBL 2.1 XML), for the partner's access point.</summary>
    Ehf,

    /// <summary>A printable Norwegian HTML page.</summary>
    Html,

    /// <summary>The lines as CSV for a spreadsheet.</summary>
    Csv,
}
