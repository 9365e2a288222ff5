using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Intermunicipal.Invoicing.Documents;
using Intermunicipal.Invoicing.Documents.Html;
using static Intermunicipal.Invoicing.UnitTests.TestDocuments;

namespace Intermunicipal.Invoicing.UnitTests;

/// <summary>The printed page: Norwegian headings and formats, the VAT exemption, and text that cannot become markup.</summary>
public sealed class HtmlInvoiceWriterTests
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The text as it appears in the page, "~" standing for a no-break space (written as a character reference).</summary>
    private static string Shown(string text) => Encoder.Encode(text.Replace('~', '\u00A0'));

    [Fact]
    public void An_invoice_has_the_Norwegian_headings()
    {
        var html = HtmlInvoiceWriter.Write(NovemberInvoice);

        foreach (var heading in new[] { "<h1>Faktura</h1>", "Fakturanummer", "Fakturadato", "Forfallsdato", "Kontonummer", "KID", "Beløp", "Sum å betale" })
        {
            Assert.Contains(heading, html);
        }
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"nb\">", html);
        Assert.Contains("<meta charset=\"utf-8\">", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public void Amounts_dates_and_account_are_in_Norwegian_format()
    {
        var html = HtmlInvoiceWriter.Write(NovemberInvoice);

        Assert.Contains(Shown("kr~317~936,25"), html);
        Assert.Contains(Shown("-4~950,00"), html);
        Assert.Contains(Shown("1~437,35 per 60~min"), html);
        Assert.Contains(Shown("52~345,60 per 30~døgn"), html);
        Assert.Contains("<td>01.12.2026</td>", html);
        Assert.Contains("<td>31.12.2026</td>", html);
        Assert.Contains("<td>1503.27.11003</td>", html);
        Assert.Contains("<td>2026000170</td>", html);
        Assert.Contains("Org.nr. 974 552 825 MVA", html);
    }

    [Fact]
    public void The_VAT_exemption_is_stated()
    {
        var html = HtmlInvoiceWriter.Write(NovemberInvoice);

        Assert.Contains("Unntatt fra merverdiavgift, jf. merverdiavgiftsloven § 3-4", html);
        Assert.Contains("Merverdiavgift</th>", html);
    }

    [Fact]
    public void Hostile_text_is_encoded_and_never_becomes_markup()
    {
        var html = HtmlInvoiceWriter.Write(HostileTextInvoice);

        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; co", html);
        Assert.Contains("Ref &lt;A&amp;B&gt; &quot;test&quot;", html);
        Assert.DoesNotContain(" MVA", html);
    }

    [Fact]
    public void A_credit_note_names_the_invoice_it_corrects_and_asks_for_no_payment()
    {
        var html = HtmlInvoiceWriter.Write(OctoberCreditNote);

        Assert.Contains("<h1>Kreditnota</h1>", html);
        Assert.Contains("<th>Krediterer faktura</th>\n<td>2026-000012 av 02.11.2026</td>", html);
        Assert.Contains("Sum kreditert", html);
        Assert.DoesNotContain("Sum å betale", html);
        Assert.DoesNotContain("Kontonummer", html);
        Assert.DoesNotContain("Forfallsdato", html);
    }

    [Fact]
    public void Every_line_is_a_row()
    {
        var html = HtmlInvoiceWriter.Write(NovemberInvoice);
        var body = html[html.IndexOf("<tbody>", StringComparison.Ordinal)..html.IndexOf("</tbody>", StringComparison.Ordinal)];

        Assert.Equal(NovemberInvoice.Lines.Count, body.Split("<tr>").Length - 1);
        Assert.Contains("Periode 12.11.2026–30.11.2026", body);
    }

    [Fact]
    public void The_bytes_are_UTF_8_without_a_byte_order_mark()
    {
        var bytes = HtmlInvoiceWriter.WriteUtf8(NovemberInvoice);

        Assert.Equal((byte)'<', bytes[0]);
        Assert.Contains("Bærum kommune", Encoding.UTF8.GetString(bytes));
    }
}
