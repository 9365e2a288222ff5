namespace Intermunicipal.Invoicing.Documents;

/// <summary>Whether a document bills (invoice, UBL type code 380) or corrects a bill (credit note, 381).</summary>
public enum DocumentKind
{
    Invoice,
    CreditNote,
}

/// <summary>
/// An issued invoice or credit note as its documents show it (EHF, the Norwegian HTML rendering
/// and the CSV of its lines): everything already decided and computed, nothing looked up. Money
/// is in øre; each line's amount is already rounded and the totals are the sums of the lines.
/// Nothing in it is personal data: lines carry counts, dates and opaque references only.
/// </summary>
public sealed record InvoiceDocument
{
    public required DocumentKind Kind { get; init; }

    /// <summary>The number from the issuer's gapless sequence, e.g. "2026-000017".</summary>
    public required string Number { get; init; }

    public required DateOnly IssueDate { get; init; }

    /// <summary>When payment is due; invoices have one, credit notes need not.</summary>
    public DateOnly? DueDate { get; init; }

    /// <summary>The reference the buyer asked for on its invoices (EHF BT-10, required in Norway).</summary>
    public required string BuyerReference { get; init; }

    /// <summary>The period the document bills (BT-73/BT-74).</summary>
    public required DocumentPeriod Period { get; init; }

    /// <summary>Free text for the whole document, e.g. which agreement it bills; no personal data.</summary>
    public string? Note { get; init; }

    /// <summary>The host municipality.</summary>
    public required DocumentParty Seller { get; init; }

    /// <summary>The partner municipality.</summary>
    public required DocumentParty Buyer { get; init; }

    public required PaymentInstructions Payment { get; init; }

    /// <summary>For a credit note: the invoice it corrects (BG-3).</summary>
    public InvoiceReference? Corrects { get; init; }

    public required IReadOnlyList<DocumentLine> Lines { get; init; }

    /// <summary>The sum of the lines' amounts.</summary>
    public long TotalOre => Lines.Sum(l => l.AmountOre);
}

/// <summary>A period of whole days, both ends included.</summary>
public sealed record DocumentPeriod(DateOnly Start, DateOnly End);

/// <summary>A municipality as a party to an invoice, identified by its organisation number (scheme 0192).</summary>
public sealed record DocumentParty(string OrganisationNumber, string Name, PostalAddress Address, DocumentContact? Contact)
{
    /// <summary>
    /// Whether the party is in Merverdiavgiftsregisteret (most municipalities are, for their taxable
    /// activities). A registered seller must show its organisation number followed by "MVA"
    /// (bokføringsforskriften § 5-1-1), in EHF as the seller VAT identifier "NO…MVA" (BT-31), even
    /// on an invoice whose lines are all exempt; an unregistered one must not. Either way EHF needs
    /// one seller tax identifier for VAT category E (BR-E-02): see <c>EhfParties</c>.
    /// </summary>
    public bool VatRegistered { get; init; }
}

public sealed record PostalAddress(string Street, string PostalCode, string City, string CountryCode = "NO");

/// <summary>Who to contact about the invoice: a function or office, e.g. "Økonomiavdelingen".</summary>
public sealed record DocumentContact(string? Name, string? Email, string? Phone);

/// <summary>Where to pay: the seller's 11-digit Norwegian account number and the KID to pay with; payment terms in days.</summary>
public sealed record PaymentInstructions(string AccountNumber, string Kid, int PaymentTermsDays);

/// <summary>The invoice a credit note corrects.</summary>
public sealed record InvoiceReference(string Number, DateOnly IssueDate);

/// <summary>
/// One line. The amount is <c>round(Quantity × UnitPriceOre / BaseQuantity)</c> to the øre, already
/// computed: a price per call-out hour is billed as minutes with base quantity 60, a price per slot
/// per month for part of a month as slot-days with the month's days as base quantity, so the
/// quantity is always exact.
/// </summary>
/// <param name="Id">The line's number within the document, "1", "2", …</param>
/// <param name="Name">What is billed, in Norwegian, e.g. "MST-CAN: tildelte plasser".</param>
/// <param name="Description">More about the basis, e.g. "2 plasser × 30 dager (november 2026)"; no personal data.</param>
/// <param name="Quantity">Negative on a correction of an earlier invoice; the price never is (BR-27).</param>
/// <param name="UnitPriceOre">The price per <paramref name="BaseQuantity"/> units, zero or more.</param>
/// <param name="BaseQuantity">How many units the price is for; above zero (PEPPOL-EN16931-R121).</param>
/// <param name="UnitCode">UN/ECE Recommendation 20 code: "C62" (one), "DAY", "MIN", "MON", "HUR".</param>
/// <param name="KostraFunction">The KOSTRA function the line is accounted on ("244", "251", "252"), EHF BT-133.</param>
/// <param name="Period">
/// The days the line bills, when narrower than the document's period; it must lie within that period
/// (PEPPOL-EN16931-R110/R111), so a correction of an earlier month either widens the document's
/// period or leaves this out and names the month in <paramref name="Description"/>.
/// </param>
public sealed record DocumentLine(
    string Id,
    string Name,
    string? Description,
    decimal Quantity,
    string UnitCode,
    long UnitPriceOre,
    decimal BaseQuantity,
    long AmountOre,
    string KostraFunction,
    DocumentPeriod? Period);
