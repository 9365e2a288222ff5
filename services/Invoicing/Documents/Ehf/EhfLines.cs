using System.Xml.Linq;
using static Intermunicipal.Invoicing.Documents.Ehf.Ubl;

namespace Intermunicipal.Invoicing.Documents.Ehf;

/// <summary>
/// One invoice line (BG-25) or credit note line. The KOSTRA function goes in the line's
/// AccountingCost (BT-133), the buyer's accounting reference, so the partner's accounts can post
/// the line without reading its text. Price and base quantity are written as the model has them,
/// so the line amount is quantity × price / base quantity as PEPPOL-EN16931-R120 recomputes it.
/// </summary>
internal static class EhfLines
{
    public static XElement Line(DocumentLine line, DocumentKind kind)
    {
        var isInvoice = kind == DocumentKind.Invoice;
        return Aggregate(isInvoice ? "InvoiceLine" : "CreditNoteLine",
            Basic("ID", line.Id),
            Quantity(isInvoice ? "InvoicedQuantity" : "CreditedQuantity", line.Quantity, line.UnitCode),
            Amount("LineExtensionAmount", line.AmountOre),
            Basic("AccountingCost", line.KostraFunction),
            line.Period is { } period ? Period(period) : null,
            Item(line),
            Price(line));
    }

    private static XElement Item(DocumentLine line) =>
        Aggregate("Item",
            Text("Description", line.Description),
            Basic("Name", line.Name),
            ExemptCategory("ClassifiedTaxCategory", withReason: false));

    /// <summary>The net price (BT-146, never negative: BR-27) per base quantity (BT-149) in the line's unit (PEPPOL-EN16931-R130).</summary>
    private static XElement Price(DocumentLine line) =>
        Aggregate("Price",
            Amount("PriceAmount", line.UnitPriceOre),
            Quantity("BaseQuantity", line.BaseQuantity, line.UnitCode));
}
