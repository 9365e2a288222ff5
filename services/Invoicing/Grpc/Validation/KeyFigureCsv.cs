using System.Globalization;
using System.Text.RegularExpressions;
using Intermunicipal.Hosting.Errors;

namespace Intermunicipal.Invoicing.Grpc.Validation;

/// <summary>
/// Key figures as SSB's statistics bank exports them: a header row, then one row per municipality
/// and year — kommunenummer (alone or followed by the name, "3201 Bærum"), year, value — separated
/// by semicolons or commas, fields optionally in double quotes, thousands optionally spaced.
/// Every bad row is reported by its line number; nothing is stored unless every row is good.
/// </summary>
public static partial class KeyFigureCsv
{
    public const int MostRows = 10_000;
    private const int MostReported = 10;

    public readonly record struct Row(string MunicipalityNumber, int Year, long Value);

    public static IReadOnlyList<Row> Parse(string csv, FieldViolations violations)
    {
        var lines = csv.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var rows = new List<Row>();
        var problems = new List<string>();
        // Line 1 is the header; blank lines (a trailing newline) are skipped.
        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Trim().Length == 0)
            {
                continue;
            }

            if (ParseRow(lines[i]) is { } row)
            {
                rows.Add(row);
            }
            else
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"line {i + 1}"));
            }
        }

        violations.Require(rows.Count + problems.Count > 0, "csv", "must hold a header row and at least one row: kommunenummer;year;value");
        violations.Require(rows.Count + problems.Count <= MostRows, "csv", $"must hold at most {MostRows} rows");
        violations.Require(problems.Count == 0, "csv",
            $"rows must be kommunenummer (4 digits);year;value (a whole number): see {string.Join(", ", problems.Take(MostReported))}{(problems.Count > MostReported ? ", …" : "")}");
        violations.Require(rows.GroupBy(r => (r.MunicipalityNumber, r.Year)).All(g => g.Count() == 1), "csv", "must give each municipality and year once");
        return rows;
    }

    private static Row? ParseRow(string line)
    {
        var fields = line.Split(line.Contains(';') ? ';' : ',').Select(f => f.Trim().Trim('"').Trim()).ToArray();
        if (fields.Length != 3 || Municipality().Match(fields[0]) is not { Success: true } municipality)
        {
            return null;
        }

        var value = fields[2].Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        return int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2200
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? new Row(municipality.Groups["number"].Value, year, count)
            : null;
    }

    // "3201", "3201 Bærum", "K-3201 Bærum" (SSB's region codes).
    [GeneratedRegex(@"^(K-)?(?<number>[0-9]{4})(\s.*)?\z")]
    private static partial Regex Municipality();
}
