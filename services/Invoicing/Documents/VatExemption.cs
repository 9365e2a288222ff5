namespace Intermunicipal.Invoicing.Documents;

/// <summary>
/// Why no VAT is charged: child welfare services are social services, and "omsetning av sosiale
/// tjenester er unntatt fra loven" (merverdiavgiftsloven § 3-4). Norwegian law calls this
/// <em>unntatt</em> (outside the Act, no deduction) as opposed to <em>fritatt</em> (zero-rated,
/// chapter 6); EN 16931 calls the first "Exempt from VAT", category E, and the second Z.
/// </summary>
public static class VatExemption
{
    /// <summary>UNCL 5305 "Exempt from tax" (BT-118/BT-151).</summary>
    public const string CategoryCode = "E";

    /// <summary>
    /// The exemption reason in words, for EHF (BT-120) and the printed invoice alike. No reason code
    /// (BT-121) is sent: BR-E-10 wants a code or a text, and the VATEX-EU codes cite articles of the
    /// EU VAT directive, which is not Norwegian law.
    /// </summary>
    public const string Reason = "Unntatt fra merverdiavgift, jf. merverdiavgiftsloven § 3-4 (sosiale tjenester)";
}
