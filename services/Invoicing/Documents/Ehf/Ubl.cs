using System.Globalization;
using System.Xml.Linq;

namespace Intermunicipal.Invoicing.Documents.Ehf;

/// <summary>
/// UBL 2.1 names and the lexical forms Peppol accepts. Values are written with the invariant culture
/// ("1234.50"), whatever culture the process runs in, because the schema's xs:decimal has a point
/// and no grouping, and amounts carry exactly two decimals (BR-DEC-*).
/// </summary>
internal static class Ubl
{
    public static readonly XNamespace Invoice = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    public static readonly XNamespace CreditNote = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2";
    public static readonly XNamespace Cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    public static readonly XNamespace Cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";

    /// <summary>All amounts are in Norwegian kroner (BT-5); every amount's currencyID must say so (PEPPOL-EN16931-R051).</summary>
    public const string Currency = "NOK";

    /// <summary>ISO 6523 ICD for the Norwegian organisation number (Enhetsregisteret).</summary>
    public const string OrganisationNumberScheme = "0192";

    /// <summary>Øre as kroner with two decimals: 123450 → "1234.50", -50 → "-0.50".</summary>
    public static string Money(long ore) => (ore / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A quantity without trailing zeros: 45 → "45", 2.50 → "2.5".</summary>
    public static string Decimal(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static XElement Basic(string name, object content) => new(Cbc + name, content);

    /// <summary>An optional text element: nothing for an empty value, since Peppol forbids empty elements (PEPPOL-EN16931-R008).</summary>
    public static XElement? Text(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : new XElement(Cbc + name, value);

    public static XElement Aggregate(string name, params object?[] content) => new(Cac + name, content);

    public static XElement Amount(string name, long ore) =>
        new(Cbc + name, new XAttribute("currencyID", Currency), Money(ore));

    public static XElement Quantity(string name, decimal value, string unitCode) =>
        new(Cbc + name, new XAttribute("unitCode", unitCode), Decimal(value));

    public static XElement OrganisationNumber(string name, string number) =>
        new(Cbc + name, new XAttribute("schemeID", OrganisationNumberScheme), number);

    public static XElement Period(DocumentPeriod period) =>
        Aggregate("InvoicePeriod", Basic("StartDate", Date(period.Start)), Basic("EndDate", Date(period.End)));

    /// <summary>VAT category E at 0 %, the only category these services have (see <see cref="VatExemption"/>).</summary>
    public static XElement ExemptCategory(string name, bool withReason) =>
        Aggregate(name,
            Basic("ID", VatExemption.CategoryCode),
            Basic("Percent", "0"),
            withReason ? Basic("TaxExemptionReason", VatExemption.Reason) : null,
            VatScheme());

    public static XElement VatScheme() => Aggregate("TaxScheme", Basic("ID", "VAT"));
}
