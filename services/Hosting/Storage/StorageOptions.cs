namespace Intermunicipal.Hosting.Storage;

/// <summary>Which database a service uses, from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>"Sqlite" (default, embedded, zero set-up) or "Postgres" (production).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>
    /// For SQLite: a connection string or empty, in which case the database is
    /// "{DataDirectory}/{service}.db". For PostgreSQL: an Npgsql connection string.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Where SQLite files live when no connection string is given.</summary>
    public string DataDirectory { get; set; } = ".data";

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);
}
