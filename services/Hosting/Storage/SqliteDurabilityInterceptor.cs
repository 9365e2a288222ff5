using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Intermunicipal.Hosting.Storage;

/// <summary>
/// Every SQLite connection uses write-ahead logging, waits for a lock instead of failing at once,
/// and syncs each commit to disk: a call is durable when the service answers OK, even if the
/// process (or the machine) dies right after.
/// </summary>
public sealed class SqliteDurabilityInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
