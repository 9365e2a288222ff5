using static Intermunicipal.Invoicing.Documents.NorwegianFormat;

namespace Intermunicipal.Invoicing.Documents.Html;

/// <summary>
/// The lines and totals: what is billed, on which KOSTRA function, how many at what price, and the
/// amount; then the sum, the (zero) VAT and the sum to pay or credited.
/// </summary>
internal static class InvoiceLinesTable
{
    private const int ColumnsBeforeAmount = 5;

    public static void Write(HtmlPageBuilder page, InvoiceDocument document)
    {
        page.Open("table", "lines");
        page.Open("thead").Open("tr")
            .Element("th", "Nr.").Element("th", "Beskrivelse").Element("th", "Funksjon")
            .Element("th", "Antall", "number").Element("th", "Pris", "number").Element("th", "Beløp", "number")
            .Close("tr").Close("thead");
        page.Open("tbody");
        foreach (var line in document.Lines)
        {
            Line(page, line);
        }
        page.Close("tbody");
        Totals(page, document);
        page.Close("table");
    }

    private static void Line(HtmlPageBuilder page, DocumentLine line)
    {
        page.Open("tr").Element("td", line.Id);
        page.Open("td")
            .Element("span", line.Name, "item")
            .OptionalElement("span", line.Description, "description")
            .OptionalElement("span", line.Period is { } period ? $"Periode {Period(period)}" : null, "period")
            .Close("td");
        page.Element("td", line.KostraFunction)
            .Element("td", UnitNames.Quantity(line.Quantity, line.UnitCode), "number")
            .Element("td", UnitNames.Price(line.UnitPriceOre, line.BaseQuantity, line.UnitCode), "number")
            .Element("td", Amount(line.AmountOre), "number")
            .Close("tr");
    }

    private static void Totals(HtmlPageBuilder page, InvoiceDocument document)
    {
        var total = document.Kind == DocumentKind.Invoice ? "Sum å betale" : "Sum kreditert";
        page.Open("tfoot");
        page.Open("tr").SpanningCell("th", "Sum ekskl. merverdiavgift", ColumnsBeforeAmount).Element("td", Amount(document.TotalOre)).Close("tr");
        page.Open("tr").SpanningCell("th", "Merverdiavgift", ColumnsBeforeAmount).Element("td", Amount(0)).Close("tr");
        page.Open("tr", "total").SpanningCell("th", total, ColumnsBeforeAmount).Element("td", Kroner(document.TotalOre)).Close("tr");
        page.Close("tfoot");
    }
}
