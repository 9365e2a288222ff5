using System.Xml.Linq;
using static Intermunicipal.Invoicing.Documents.Ehf.Ubl;

namespace Intermunicipal.Invoicing.Documents.Ehf;

/// <summary>
/// Seller (BG-4) and buyer (BG-7). Municipalities are addressed in Peppol by organisation number,
/// so the electronic address (BT-34/BT-49), the party identifier (BT-29/BT-46) and the legal
/// registration (BT-30/BT-47) all carry it with scheme 0192.
/// </summary>
/// <remarks>
/// <para>
/// Tax identifiers. VAT category E requires a seller VAT identifier (BT-31) or a seller tax
/// registration identifier (BT-32) (BR-E-02). A municipality in Merverdiavgiftsregisteret sends
/// BT-31 as "NO" + organisation number + "MVA" (the form NO-R-001 checks), as it must on every sales
/// document, exempt or not. One that is not registered must not claim a VAT number, so it sends its
/// organisation number as BT-32 (PartyTaxScheme with scheme "TAX"): in Norway the organisation
/// number is the identifier the tax authorities know an entity by.
/// </para>
/// <para>
/// "Foretaksregisteret" is never sent. The Norwegian convention puts it in that same TAX
/// PartyTaxScheme, and NO-R-002 (a warning) asks every Norwegian seller for it, but the law behind
/// it (foretaksregisterloven § 10-2) covers limited companies and foreign branches, not
/// municipalities. Saying it would be untrue, so NO-R-002 remains as a warning on every document.
/// </para>
/// </remarks>
internal static class EhfParties
{
    public const string TaxRegistrationScheme = "TAX";

    public static XElement Supplier(DocumentParty seller) =>
        Aggregate("AccountingSupplierParty",
            Party(seller, SellerTaxScheme(seller)));

    public static XElement Customer(DocumentParty buyer) =>
        Aggregate("AccountingCustomerParty",
            Party(buyer, buyer.VatRegistered ? VatNumber(buyer) : null));

    /// <summary>"NO974552825MVA": the Norwegian VAT number form (NO-R-001).</summary>
    public static string VatNumberOf(DocumentParty party) => $"NO{party.OrganisationNumber}MVA";

    private static XElement SellerTaxScheme(DocumentParty seller) =>
        seller.VatRegistered
            ? VatNumber(seller)
            : Aggregate("PartyTaxScheme",
                Basic("CompanyID", seller.OrganisationNumber),
                Aggregate("TaxScheme", Basic("ID", TaxRegistrationScheme)));

    private static XElement VatNumber(DocumentParty party) =>
        Aggregate("PartyTaxScheme", Basic("CompanyID", VatNumberOf(party)), VatScheme());

    private static XElement Party(DocumentParty party, XElement? taxScheme) =>
        Aggregate("Party",
            OrganisationNumber("EndpointID", party.OrganisationNumber),
            Aggregate("PartyIdentification", OrganisationNumber("ID", party.OrganisationNumber)),
            Address(party.Address),
            taxScheme,
            Aggregate("PartyLegalEntity",
                Basic("RegistrationName", party.Name),
                OrganisationNumber("CompanyID", party.OrganisationNumber)),
            Contact(party.Contact));

    private static XElement Address(PostalAddress address) =>
        Aggregate("PostalAddress",
            Text("StreetName", address.Street),
            Text("CityName", address.City),
            Text("PostalZone", address.PostalCode),
            Aggregate("Country", Basic("IdentificationCode", address.CountryCode)));

    private static XElement? Contact(DocumentContact? contact)
    {
        var parts = new[] { Text("Name", contact?.Name), Text("Telephone", contact?.Phone), Text("ElectronicMail", contact?.Email) };
        return parts.Any(p => p is not null) ? Aggregate("Contact", parts) : null;
    }
}
