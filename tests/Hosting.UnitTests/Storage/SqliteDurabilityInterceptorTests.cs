using Intermunicipal.Hosting.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Intermunicipal.Hosting.UnitTests.Storage;

/// <summary>
/// Every connection EF opens on SQLite must log ahead, sync each commit and wait for locks, also
/// when the pool hands out a connection it has handed out before; the settings are made once per
/// SQLite handle, since the handle keeps them.
/// </summary>
public sealed class SqliteDurabilityInterceptorTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("durability-");

    private string ConnectionString => $"Data Source={Path.Combine(_folder.FullName, "test.db")}";

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Every_connection_opened_is_durable_and_waits_for_locks_also_when_it_comes_back_from_the_pool()
    {
        var seen = new List<(string, long, long)>();
        for (var context = 0; context < 2; context++)
        {
            await using var db = NewContext();
            for (var open = 0; open < 2; open++)
            {
                await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
                seen.Add((await PragmaAsync<string>(db, "journal_mode"), await PragmaAsync<long>(db, "synchronous"), await PragmaAsync<long>(db, "busy_timeout")));
                await db.Database.CloseConnectionAsync();
            }
        }

        Assert.All(seen, s => Assert.Equal(("wal", 2L, 10_000L), s));
    }

    [Fact]
    public async Task The_settings_are_made_once_per_sqlite_handle()
    {
        await using var db = NewContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle;
        await PragmaAsync<long>(db, "synchronous = OFF");
        await db.Database.CloseConnectionAsync();

        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);

        // The pool gave the same handle back, and the interceptor left its settings alone.
        Assert.Same(handle, ((SqliteConnection)db.Database.GetDbConnection()).Handle);
        Assert.Equal(0L, await PragmaAsync<long>(db, "synchronous"));
    }

    private PragmaContext NewContext() =>
        new(new DbContextOptionsBuilder<PragmaContext>().UseSqlite(ConnectionString).AddInterceptors(new SqliteDurabilityInterceptor()).Options);

    private static async Task<T> PragmaAsync<T>(DbContext db, string pragma)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + pragma;
        return (T)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken) ?? default(T)!);
    }

    private sealed class PragmaContext(DbContextOptions<PragmaContext> options) : DbContext(options);
}
