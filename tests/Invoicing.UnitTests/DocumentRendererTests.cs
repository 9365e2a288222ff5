using System.Text;
using Intermunicipal.Invoicing.Documents;
using static Intermunicipal.Invoicing.UnitTests.TestDocuments;

namespace Intermunicipal.Invoicing.UnitTests;

public sealed class DocumentRendererTests
{
    [Theory]
    [InlineData(DocumentFormat.Ehf, "application/xml", "faktura-2026-000017.xml", "<?xml")]
    [InlineData(DocumentFormat.Html, "text/html; charset=utf-8", "faktura-2026-000017.html", "<!DOCTYPE html>")]
    [InlineData(DocumentFormat.Csv, "text/csv; charset=utf-8; header=present", "faktura-2026-000017.csv", "\uFEFFFakturanummer;")]
    public void Each_format_has_its_media_type_file_name_and_content(DocumentFormat format, string mediaType, string fileName, string start)
    {
        var (content, type, name) = DocumentRenderer.Render(NovemberInvoice, format);

        Assert.Equal((mediaType, fileName), (type, name));
        Assert.StartsWith(start, Encoding.UTF8.GetString(content));
    }

    [Fact]
    public void A_credit_note_is_named_kreditnota() =>
        Assert.Equal("kreditnota-2026-000023.xml", DocumentRenderer.Render(OctoberCreditNote, DocumentFormat.Ehf).FileName);

    [Fact]
    public void Unsafe_characters_in_the_number_do_not_reach_the_file_name() =>
        Assert.Equal("faktura-2026----000017.csv", DocumentRenderer.FileName(NovemberInvoice with { Number = "2026/../000017" }, "csv"));

    [Fact]
    public void The_same_document_renders_to_the_same_bytes()
    {
        foreach (var format in Enum.GetValues<DocumentFormat>())
        {
            Assert.Equal(DocumentRenderer.Render(NovemberInvoice, format).Content, DocumentRenderer.Render(NovemberInvoice, format).Content);
        }
    }

    [Fact]
    public void An_inconsistent_document_is_refused_in_every_format()
    {
        var broken = NovemberInvoice with { Lines = [] };

        foreach (var format in Enum.GetValues<DocumentFormat>())
        {
            Assert.Throws<ArgumentException>(() => DocumentRenderer.Render(broken, format));
        }
    }
}
