using Npgsql;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>
/// Where a test host keeps its data: a fresh SQLite folder, or a fresh PostgreSQL database on
/// the server named by INTERMUNICIPAL_TEST_POSTGRES (the README's test command starts one).
/// </summary>
public sealed class TestStorage : IAsyncDisposable
{
    public const string PostgresVariable = "INTERMUNICIPAL_TEST_POSTGRES";
    public const string RequirePostgresVariable = "INTERMUNICIPAL_REQUIRE_POSTGRES";

    private readonly string? _adminConnectionString;
    private readonly string? _database;
    private readonly string? _folder;

    private TestStorage(IReadOnlyList<string> arguments, string? admin = null, string? database = null, string? folder = null)
    {
        Arguments = arguments;
        _adminConnectionString = admin;
        _database = database;
        _folder = folder;
    }

    /// <summary>Configuration arguments for a service host.</summary>
    public IReadOnlyList<string> Arguments { get; }

    public static TestStorage Sqlite()
    {
        var folder = Directory.CreateTempSubdirectory("intermunicipal-test-").FullName;
        return new TestStorage(["--Storage:Provider=Sqlite", $"--Storage:DataDirectory={folder}"], folder: folder);
    }

    /// <summary>
    /// A new empty database, or a skip when no server is configured. Where the test command
    /// demands PostgreSQL, a missing server is a failure, not a skip.
    /// </summary>
    public static async Task<TestStorage> PostgresAsync()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.False(Environment.GetEnvironmentVariable(RequirePostgresVariable) == "1",
                $"{PostgresVariable} is not set but {RequirePostgresVariable}=1: PostgreSQL tests cannot run.");
            Assert.Skip($"{PostgresVariable} is not set; run the README's test command to include PostgreSQL.");
        }

        var database = "intermunicipal_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
        return new TestStorage(["--Storage:Provider=Postgres", $"--Storage:ConnectionString={connectionString}"], admin, database);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            DeleteFolder(_folder);
        }

        if (_adminConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Best effort: the hosts are stopped by now, and on Linux a pooled connection left open does not
    /// keep the files. A folder that cannot go is left behind rather than failing the test that used it.
    /// </summary>
    private static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
