using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Intermunicipal.Hosting.Storage;

/// <summary>How instants are stored: always UTC; on SQLite as text (<see cref="SqliteInstantText"/>), on PostgreSQL as timestamps with time zone.</summary>
public static class StoredInstant
{
    /// <summary>Every DateTime and DateTime? of the model stored as UTC and read back marked as UTC, in the form the provider of <paramref name="database"/> keeps.</summary>
    public static void StoreInstantsAsUtc(this ModelConfigurationBuilder configurationBuilder, DatabaseFacade database)
    {
        if (database.IsSqlite())
        {
            configurationBuilder.StoreInstantsAsSqliteText();
            return;
        }

        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>An instant column read from a plain data reader, as the model's converters would read it: as UTC.</summary>
    public static DateTime Read(DbDataReader reader, int ordinal) =>
        reader.GetFieldType(ordinal) == typeof(string)
            ? SqliteInstantText.Read(reader.GetString(ordinal))
            : DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc);
}
