using Intermunicipal.Invoicing.Documents;

namespace Intermunicipal.Invoicing.UnitTests;

/// <summary>
/// Realistic, made-up documents: Bærum (host, org.nr 974552825) bills Asker (partner) for
/// November 2026 and credits October. Asker's organisation number, the account numbers and the
/// KIDs are invented with valid check digits (<see cref="TestDocumentsTests"/> proves it). Nothing
/// here reads the clock or the culture.
/// </summary>
internal static class TestDocuments
{
    public const string BaerumNumber = "974552825";

    /// <summary>Invented for the tests; passes the modulus-11 check.</summary>
    public const string AskerNumber = "944988106";

    /// <summary>Invented for the tests; passes the modulus-11 check.</summary>
    public const string LierNumber = "938555109";

    public static readonly DocumentPeriod November = new(D(2026, 11, 1), D(2026, 11, 30));
    public static readonly DocumentPeriod October = new(D(2026, 10, 1), D(2026, 10, 31));

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static DocumentParty Baerum { get; } = new(
        BaerumNumber, "Bærum kommune", new PostalAddress("Arnold Haukelands plass 10", "1338", "Sandvika"),
        new DocumentContact("Økonomiavdelingen, fakturering", "faktura@baerum.example", "67 00 00 00"))
    { VatRegistered = true };

    public static DocumentParty Asker { get; } = new(
        AskerNumber, "Asker kommune", new PostalAddress("Katrineåsveien 20", "1383", "Asker"), null);

    /// <summary>A host that is not in Merverdiavgiftsregisteret, to show the other tax identifier.</summary>
    public static DocumentParty Lier { get; } = new(
        LierNumber, "Lier kommune", new PostalAddress("Postboks 205", "3401", "Lier"),
        new DocumentContact(null, "post@lier.example", null));

    /// <summary>
    /// Invoice 2026-000017: slot-days, a part-month allocation (slot-days over the month's 30 days),
    /// call-out minutes priced per hour, a cost-share on account and a correction of October.
    /// Lines 2 and 3 round: 19 × 52 345,60 / 30 = 33 152,213 (→ ,21) and 135 × 1 437,35 / 60 = 3 234,0375 (→ ,04).
    /// </summary>
    public static InvoiceDocument NovemberInvoice { get; } = new()
    {
        Kind = DocumentKind.Invoice,
        Number = "2026-000017",
        IssueDate = D(2026, 12, 1),
        DueDate = D(2026, 12, 31),
        BuyerReference = "3203-barnevern",
        Period = November,
        Note = "Interkommunal avtale om barneverntjenester, Bærum vertskommune",
        Seller = Baerum,
        Buyer = Asker,
        Payment = new PaymentInstructions("15032711003", "2026000170", 30),
        Lines =
        [
            new("1", "MST-CAN: tildelte plasser", "2 plasser × 30 dager (november 2026)",
                60m, "DAY", 1_650_00, 1m, 99_000_00, "251", null),
            new("2", "RFT: tildelt plass, del av måned", "1 plass × 19 av 30 dager (12.–30. november 2026)",
                19m, "DAY", 52_345_60, 30m, 33_152_21, "251", new(D(2026, 11, 12), D(2026, 11, 30))),
            new("3", "Barnevernvakt: utrykning", "135 minutter à 1 437,35 kr per time",
                135m, "MIN", 1_437_35, 60m, 3_234_04, "244", new(D(2026, 11, 14), D(2026, 11, 14))),
            new("4", "Barnevernvakt: kostnadsandel a konto 4. kvartal", "Andel 18,5 % av budsjett",
                1m, "C62", 187_500_00, 1m, 187_500_00, "244", null),
            new("5", "Korrigering: MST-CAN tildelte plasser", "3 dager for mye fakturert i oktober 2026 (faktura 2026-000012)",
                -3m, "DAY", 1_650_00, 1m, -4_950_00, "251", null),
        ],
    };

    /// <summary>Credit note 2026-000023 correcting October's invoice 2026-000012; line 2 rounds (7 × 52 345,60 / 31 = 11 819,974 → 11 819,97).</summary>
    public static InvoiceDocument OctoberCreditNote { get; } = new()
    {
        Kind = DocumentKind.CreditNote,
        Number = "2026-000023",
        IssueDate = D(2026, 12, 2),
        BuyerReference = "3203-barnevern",
        Period = October,
        Note = "Kreditering av feil antall plasser i oktober",
        Seller = Baerum,
        Buyer = Asker,
        Payment = new PaymentInstructions("15032711003", "2026000238", 30),
        Corrects = new InvoiceReference("2026-000012", D(2026, 11, 2)),
        Lines =
        [
            new("1", "MST-CAN: tildelte plasser", "1 plass × 31 dager (oktober 2026)",
                31m, "DAY", 1_650_00, 1m, 51_150_00, "251", null),
            new("2", "RFT: tildelt plass, del av måned", "1 plass × 7 av 31 dager (25.–31. oktober 2026)",
                7m, "DAY", 52_345_60, 31m, 11_819_97, "251", new(D(2026, 10, 25), D(2026, 10, 31))),
        ],
    };

    /// <summary>
    /// A seller outside Merverdiavgiftsregisteret and text that must be escaped everywhere: markup,
    /// ampersands, quotes, semicolons and a leading "=" that a spreadsheet would run as a formula.
    /// </summary>
    public static InvoiceDocument HostileTextInvoice { get; } = new()
    {
        Kind = DocumentKind.Invoice,
        Number = "2026-000031",
        IssueDate = D(2026, 11, 24),
        DueDate = D(2026, 12, 24),
        BuyerReference = "Ref <A&B> \"test\"",
        Period = November,
        Seller = Lier,
        Buyer = Asker,
        Payment = new PaymentInstructions("16070421007", "2026000311", 30),
        Lines =
        [
            new("1", "<script>alert('x')</script> & co", "Plasser; \"akutt\" & <b>fett</b>",
                2.5m, "MON", 41_000_00, 1m, 102_500_00, "252", null),
            new("2", "=HYPERLINK(\"http://example.invalid\")", null,
                1m, "C62", 0, 1m, 0, "244", null),
        ],
    };

    /// <summary>
    /// A credit note from a seller outside Merverdiavgiftsregisteret, with a negative line: it
    /// credits two call-out hours but takes back 30 minutes credited too much on an earlier note;
    /// line 2 is a midpoint (-30 × 1 437,35 / 60 = -718,675 → -718,68).
    /// </summary>
    public static InvoiceDocument LierCreditNote { get; } = new()
    {
        Kind = DocumentKind.CreditNote,
        Number = "L-2026-0042",
        IssueDate = D(2026, 11, 20),
        BuyerReference = "3203-barnevernvakt",
        Period = October,
        Seller = Lier,
        Buyer = Asker,
        Payment = new PaymentInstructions("16070421007", "2026000311", 14),
        Corrects = new InvoiceReference("L-2026-0031", D(2026, 11, 3)),
        Lines =
        [
            new("1", "Barnevernvakt: utrykning", "Fakturert to ganger", 120m, "MIN", 1_437_35, 60m, 2_874_70, "244", new(D(2026, 10, 7), D(2026, 10, 7))),
            new("2", "Korrigering av kreditnota L-2026-0040", null, -30m, "MIN", 1_437_35, 60m, -718_68, "244", null),
        ],
    };

    public static IReadOnlyList<InvoiceDocument> All { get; } = [NovemberInvoice, OctoberCreditNote, HostileTextInvoice, LierCreditNote];
}
