using Intermunicipal.OnCall.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static Intermunicipal.OnCall.UnitTests.TestData;

namespace Intermunicipal.OnCall.UnitTests;

/// <summary>
/// Billing reads a year of a municipality's calls at a time; read through the wide calls table,
/// a national year took seconds longer. These look at SQLite's plan for the migrated schema.
/// </summary>
public sealed class UsageQueryPlanTests : IAsyncLifetime
{
    private static readonly DateTime From = Utc(2025, 1, 1);
    private static readonly DateTime To = Utc(2026, 1, 1);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private SqliteOnCallDbContext _db = null!;

    public async ValueTask InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new SqliteOnCallDbContext(new DbContextOptionsBuilder<SqliteOnCallDbContext>().UseSqlite(_connection).Options);
        await _db.Database.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Billing_reads_the_calls_from_an_index_alone()
    {
        var plan = await PlanAsync(UsageQueries.InReceiveOrder(UsageQueries.Counted(_db, "unit", "3201", From, To), UsageQueries.BillingColumns));

        Assert.Contains(plan, step => step.Contains("calls", StringComparison.Ordinal) && step.Contains("USING COVERING INDEX", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
        // In receive order straight from the index: a year of calls is not sorted again.
        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_entries_of_the_counted_calls_are_found_by_call_not_scanned()
    {
        var plan = await PlanAsync(UsageQueries.EntriesOf(UsageQueries.Counted(_db, "unit", "3201", From, To)));

        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }

    private static async Task<List<string>> PlanAsync<T>(IQueryable<T> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var steps = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            steps.Add(reader.GetString(3));
        }

        return steps;
    }
}
