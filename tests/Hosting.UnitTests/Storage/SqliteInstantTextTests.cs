using Intermunicipal.Hosting.Storage;
using Microsoft.Data.Sqlite;

namespace Intermunicipal.Hosting.UnitTests.Storage;

/// <summary>
/// Instants on SQLite are read by a parser of our own for speed; it must read back exactly what
/// Microsoft.Data.Sqlite has always written (the rows already stored), write the same text, and
/// keep the text's order the instants' order, which the usage indexes rely on.
/// </summary>
public sealed class SqliteInstantTextTests
{
    private static readonly DateTime[] Instants =
    [
        new(2026, 2, 3, 8, 0, 0, DateTimeKind.Utc),
        new(2026, 3, 29, 0, 59, 59, 999, DateTimeKind.Utc),
        new DateTime(2024, 2, 29, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
        new DateTime(2026, 12, 31, 23, 0, 0, DateTimeKind.Utc).AddTicks(1),
        new DateTime(2026, 7, 1, 12, 30, 15, DateTimeKind.Utc).AddTicks(5_000_000),
        DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc),
        DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc),
    ];

    public static TheoryData<DateTime> Samples() => [.. Instants.Concat(Random(200))];

    [Theory]
    [MemberData(nameof(Samples))]
    public void An_instant_stored_by_the_sqlite_driver_reads_back_the_same_and_in_utc(DateTime instant)
    {
        var stored = StoredByDriver(instant);

        var read = SqliteInstantText.Read(stored);

        Assert.Equal(instant, read);
        Assert.Equal(DateTimeKind.Utc, read.Kind);
        Assert.Equal(stored, SqliteInstantText.Write(instant));
    }

    [Fact]
    public void Texts_sort_as_their_instants_do()
    {
        var instants = Random(500).Concat(Instants).ToList();

        var byText = instants.OrderBy(SqliteInstantText.Write, StringComparer.Ordinal).ToList();

        Assert.Equal(instants.Order(), byText);
    }

    [Fact]
    public void A_local_time_is_stored_as_the_same_instant_in_utc()
    {
        var utc = new DateTime(2026, 6, 1, 10, 0, 0, DateTimeKind.Utc);

        Assert.Equal(SqliteInstantText.Write(utc), SqliteInstantText.Write(utc.ToLocalTime()));
    }

    [Theory]
    [InlineData("2026-02-03T08:00:00Z", "2026-02-03 08:00:00")]
    [InlineData("2026-02-03 09:00:00+01:00", "2026-02-03 08:00:00")]
    [InlineData("2026-02-03 08:00", "2026-02-03 08:00:00")]
    [InlineData("2026-02-03 08:00:00.", "2026-02-03 08:00:00")]
    public void Text_in_any_other_form_is_read_by_the_general_parser_as_utc(string text, string expected)
    {
        var read = SqliteInstantText.Read(text);

        Assert.Equal(expected, SqliteInstantText.Write(read));
        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }

    [Theory]
    [InlineData("2026-02-30 08:00:00")]
    [InlineData("2026-13-01 08:00:00")]
    [InlineData("2026-02-03 24:00:00")]
    [InlineData("yesterday")]
    public void Text_that_is_no_instant_is_refused(string text) =>
        Assert.Throws<FormatException>(() => SqliteInstantText.Read(text));

    /// <summary>The text Microsoft.Data.Sqlite writes for a DateTime parameter, as every row so far was stored.</summary>
    private static string StoredByDriver(DateTime instant)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT $instant";
        command.Parameters.AddWithValue("$instant", instant);
        return (string)command.ExecuteScalar()!;
    }

    private static IEnumerable<DateTime> Random(int count)
    {
        var random = new Random(20261125);
        var span = new DateTime(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks - new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;
        for (var i = 0; i < count; i++)
        {
            var ticks = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks + random.NextInt64(span);
            // Whole seconds, whole milliseconds and full ticks, as the services store them.
            yield return new DateTime((i % 3) switch { 0 => ticks - ticks % TimeSpan.TicksPerSecond, 1 => ticks - ticks % TimeSpan.TicksPerMillisecond, _ => ticks }, DateTimeKind.Utc);
        }
    }
}
