using System.Text;
using Intermunicipal.Invoicing.Documents.Csv;
using static Intermunicipal.Invoicing.UnitTests.TestDocuments;

namespace Intermunicipal.Invoicing.UnitTests;

/// <summary>The lines as Norwegian Excel opens them: semicolons, decimal commas, RFC 4180 quoting, a BOM.</summary>
public sealed class CsvLinesWriterTests
{
    private static string[] Rows(string csv) => csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void There_is_a_header_and_one_row_per_line()
    {
        var rows = Rows(CsvLinesWriter.Write(NovemberInvoice));

        Assert.Equal(1 + NovemberInvoice.Lines.Count, rows.Length);
        Assert.Equal(
            "Fakturanummer;Linje;Navn;Beskrivelse;Periode fra;Periode til;Antall;Enhet;Enhetspris;Basisantall;Beløp;KOSTRA-funksjon",
            rows[0]);
    }

    [Fact]
    public void Numbers_have_a_decimal_comma_and_dates_are_ISO()
    {
        var rows = Rows(CsvLinesWriter.Write(NovemberInvoice));

        Assert.Equal("2026-000017;1;MST-CAN: tildelte plasser;2 plasser × 30 dager (november 2026);2026-11-01;2026-11-30;60;DAY;1650,00;1;99000,00;251", rows[1]);
        Assert.Equal("2026-000017;3;Barnevernvakt: utrykning;135 minutter à 1 437,35 kr per time;2026-11-14;2026-11-14;135;MIN;1437,35;60;3234,04;244", rows[3]);
        Assert.EndsWith(";-3;DAY;1650,00;1;-4950,00;251", rows[5]);
    }

    [Fact]
    public void Fields_with_semicolons_or_quotes_are_quoted_and_quotes_doubled()
    {
        var row = Rows(CsvLinesWriter.Write(HostileTextInvoice))[1];

        Assert.Equal(
            "2026-000031;1;<script>alert('x')</script> & co;\"Plasser; \"\"akutt\"\" & <b>fett</b>\";2026-11-01;2026-11-30;2,5;MON;41000,00;1;102500,00;252",
            row);
    }

    [Fact]
    public void Text_a_spreadsheet_would_run_as_a_formula_is_defused()
    {
        var row = Rows(CsvLinesWriter.Write(HostileTextInvoice))[2];

        Assert.StartsWith("2026-000031;2;\"'=HYPERLINK(\"\"http://example.invalid\"\")\";;", row);
    }

    [Fact]
    public void A_credit_note_says_so_in_its_header()
    {
        var rows = Rows(CsvLinesWriter.Write(OctoberCreditNote));

        Assert.StartsWith("Kreditnotanummer;", rows[0]);
        Assert.Equal(3, rows.Length);
    }

    [Fact]
    public void The_bytes_start_with_a_UTF_8_byte_order_mark_for_Excel()
    {
        var bytes = CsvLinesWriter.WriteUtf8(NovemberInvoice);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(CsvLinesWriter.Write(NovemberInvoice), Encoding.UTF8.GetString(bytes.AsSpan(3)));
    }
}
