using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Intermunicipal.Invoicing.Documents.Csv;

/// <summary>
/// The document's lines as CSV for the partner's spreadsheet: a header row and one row per line.
/// </summary>
/// <remarks>
/// Written for Excel with Norwegian regional settings, which is what the partners' finance offices
/// open a .csv with: there the list separator is ";" and the decimal separator ",", so fields are
/// separated by semicolons and numbers have a decimal comma and no digit grouping ("1234,50"),
/// which Excel reads as numbers. Dates are ISO 8601 ("2026-11-30"), which Excel recognises in any
/// locale. The bytes start with a UTF-8 byte order mark, without which Excel reads the file as the
/// local ANSI code page and garbles æ, ø and å; fields are quoted per RFC 4180 by CsvHelper, and
/// rows end with CRLF. Text that a spreadsheet would run as a formula (starting with =, +, -, @)
/// gets a leading apostrophe; numbers are left alone so a negative amount stays a number.
/// </remarks>
public static class CsvLinesWriter
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        Delimiter = ";",
        NewLine = "\r\n",
        InjectionOptions = InjectionOptions.None,
    };

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <exception cref="ArgumentException">When the document breaks a rule of <see cref="DocumentConsistency"/>.</exception>
    public static string Write(InvoiceDocument document)
    {
        DocumentConsistency.Ensure(document);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            WriteRow(csv, Header(document.Kind));
            foreach (var line in document.Lines)
            {
                WriteRow(csv, Row(document, line));
            }
        }
        return text.ToString();
    }

    /// <summary>The CSV as UTF-8 with a byte order mark, so Excel detects the encoding.</summary>
    public static byte[] WriteUtf8(InvoiceDocument document) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Write(document))];

    private static string[] Header(DocumentKind kind) =>
    [
        kind == DocumentKind.Invoice ? "Fakturanummer" : "Kreditnotanummer",
        "Linje", "Navn", "Beskrivelse", "Periode fra", "Periode til", "Antall", "Enhet",
        "Enhetspris", "Basisantall", "Beløp", "KOSTRA-funksjon",
    ];

    /// <summary>A line without its own period bills the document's.</summary>
    private static string[] Row(InvoiceDocument document, DocumentLine line)
    {
        var period = line.Period ?? document.Period;
        return
        [
            Text(document.Number), Text(line.Id), Text(line.Name), Text(line.Description),
            IsoDate(period.Start), IsoDate(period.End),
            Number(line.Quantity), Text(line.UnitCode), Money(line.UnitPriceOre), Number(line.BaseQuantity),
            Money(line.AmountOre), Text(line.KostraFunction),
        ];
    }

    private static void WriteRow(CsvWriter csv, IEnumerable<string> fields)
    {
        foreach (var field in fields)
        {
            csv.WriteField(field);
        }
        csv.NextRecord();
    }

    private static string Text(string? value) =>
        string.IsNullOrEmpty(value) || !FormulaStarts.Contains(value[0]) ? value ?? "" : "'" + value;

    private static string Money(long ore) => Number(ore / 100m, "0.00");

    private static string Number(decimal value, string format = "0.############################") =>
        value.ToString(format, CultureInfo.InvariantCulture).Replace('.', ',');

    private static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
