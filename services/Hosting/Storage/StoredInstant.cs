using System.Data.Common;

namespace Intermunicipal.Hosting.Storage;

/// <summary>An instant column read from a plain data reader, as the model's converters would read it: as UTC.</summary>
public static class StoredInstant
{
    /// <summary>SQLite keeps instants as text (<see cref="SqliteInstantText"/>); PostgreSQL as timestamps with time zone.</summary>
    public static DateTime Read(DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(string)
            ? SqliteInstantText.Read(reader.GetString(ordinal))
            : DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);
}
