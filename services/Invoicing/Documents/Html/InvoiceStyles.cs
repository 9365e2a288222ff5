namespace Intermunicipal.Invoicing.Documents.Html;

/// <summary>
/// The page's only style sheet, inline so the HTML is one self-contained file that prints on A4:
/// no fonts, images or scripts to fetch, black on white, table headers repeated on every page.
/// </summary>
internal static class InvoiceStyles
{
    public const string Css = """
        :root { color: #111; background: #fff; }
        body { font: 10.5pt/1.4 "Segoe UI", Arial, Helvetica, sans-serif; margin: 0; }
        main { max-width: 180mm; margin: 12mm auto; padding: 0 6mm; }
        header { display: flex; justify-content: space-between; align-items: flex-start; border-bottom: 2px solid #111; padding-bottom: 4mm; }
        h1 { font-size: 22pt; margin: 0; letter-spacing: 0.02em; }
        h2 { font-size: 11pt; margin: 0 0 1mm; text-transform: uppercase; letter-spacing: 0.05em; color: #444; }
        p { margin: 0; }
        .seller .name, .buyer .name { font-weight: 600; font-size: 12pt; }
        .parties { display: flex; justify-content: space-between; gap: 10mm; margin: 6mm 0; }
        table { border-collapse: collapse; }
        .facts th, .payment th { text-align: left; font-weight: normal; color: #444; padding: 0.5mm 4mm 0.5mm 0; }
        .facts td, .payment td { padding: 0.5mm 0; font-weight: 600; }
        .note { margin: 0 0 4mm; font-style: italic; }
        .lines { width: 100%; margin: 4mm 0; }
        .lines thead th { text-align: left; border-bottom: 1px solid #111; padding: 1mm 2mm; font-size: 9pt; }
        .lines td { vertical-align: top; border-bottom: 1px solid #ccc; padding: 1.5mm 2mm; }
        .lines .number { text-align: right; white-space: nowrap; }
        .lines .description, .lines .period { display: block; color: #444; font-size: 9pt; }
        .lines tfoot th { text-align: right; font-weight: normal; padding: 1mm 2mm; }
        .lines tfoot td { text-align: right; padding: 1mm 2mm; white-space: nowrap; }
        .lines tfoot .total th, .lines tfoot .total td { font-weight: 700; font-size: 12pt; border-top: 2px solid #111; }
        .vat { margin: 2mm 0 6mm; }
        .payment { border: 1px solid #111; padding: 3mm 4mm; margin: 0 0 6mm; }
        footer { border-top: 1px solid #ccc; padding-top: 2mm; color: #444; font-size: 9pt; }
        @media print {
          @page { size: A4; margin: 15mm; }
          main { margin: 0; padding: 0; max-width: none; }
          thead { display: table-header-group; }
          tr, .payment { break-inside: avoid; }
        }
        """;
}
