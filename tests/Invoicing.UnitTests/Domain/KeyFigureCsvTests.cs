using Intermunicipal.Hosting.Errors;
using Intermunicipal.Invoicing.Grpc.Validation;

namespace Intermunicipal.Invoicing.UnitTests.Domain;

public sealed class KeyFigureCsvTests
{
    [Fact]
    public void Ssb_exports_with_names_quotes_and_spaced_thousands_are_read()
    {
        var violations = new FieldViolations();

        var rows = KeyFigureCsv.Parse("\"region\";\"år\";\"Personer\"\r\n\"3201 Bærum\";\"2025\";\"130 102\"\r\n\"K-3203 Asker\";\"2025\";\"98\u00a0575\"\r\n3905,2025,58000\r\n\r\n", violations);

        Assert.True(violations.IsEmpty);
        Assert.Equal([new("3201", 2025, 130_102), new("3203", 2025, 98_575), new KeyFigureCsv.Row("3905", 2025, 58_000)], rows);
    }

    [Fact]
    public void Every_bad_row_is_named_by_its_line()
    {
        var violations = new FieldViolations();

        KeyFigureCsv.Parse("kommune;år;verdi\n3201;2025;1\n320;2025;1\n3203;25;1\n3205;2025;-4\n3207;2025\n", violations);

        var violation = Assert.Single(violations.Items);
        Assert.Equal("csv", violation.Field);
        Assert.Contains("line 3, line 4, line 5, line 6", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_municipality_and_year_given_twice_is_refused()
    {
        var violations = new FieldViolations();

        KeyFigureCsv.Parse("k;a;v\n3201;2025;1\n3201 Bærum;2025;2\n", violations);

        Assert.Contains(violations.Items, v => v.Description.Contains("once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_header_alone_is_refused()
    {
        var violations = new FieldViolations();

        KeyFigureCsv.Parse("kommunenummer;år;verdi\n", violations);

        Assert.False(violations.IsEmpty);
    }
}
