using Intermunicipal.Invoicing.Documents.Csv;
using Intermunicipal.Invoicing.Documents.Ehf;
using Intermunicipal.Invoicing.Documents.Html;

namespace Intermunicipal.Invoicing.Documents;

/// <summary>
/// One entry for every rendering, so the gRPC layer serves any format the same way. Pure: the same
/// document gives the same bytes, whatever the clock or culture.
/// </summary>
public static class DocumentRenderer
{
    /// <exception cref="ArgumentException">When the document breaks a rule of <see cref="DocumentConsistency"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">For a format this renderer does not know.</exception>
    public static RenderedDocument Render(InvoiceDocument document, DocumentFormat format) => format switch
    {
        DocumentFormat.Ehf => new(EhfWriter.WriteUtf8(document), "application/xml", FileName(document, "xml")),
        DocumentFormat.Html => new(HtmlInvoiceWriter.WriteUtf8(document), "text/html; charset=utf-8", FileName(document, "html")),
        DocumentFormat.Csv => new(CsvLinesWriter.WriteUtf8(document), "text/csv; charset=utf-8; header=present", FileName(document, "csv")),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown document format."),
    };

    /// <summary>
    /// "faktura-2026-000017.xml" or "kreditnota-2026-000023.html". Characters of the number other
    /// than letters, digits, '-' and '_' become '-', so the name is safe in any file system and in a
    /// Content-Disposition header.
    /// </summary>
    public static string FileName(InvoiceDocument document, string extension) => FileName(document.Kind, document.Number, extension);

    public static string FileName(DocumentKind kind, string number, string extension)
    {
        var prefix = kind == DocumentKind.Invoice ? "faktura" : "kreditnota";
        var safe = new string([.. number.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')]);
        return $"{prefix}-{safe}.{extension}";
    }
}
