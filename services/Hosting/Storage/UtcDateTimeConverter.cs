using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Intermunicipal.Hosting.Storage;

/// <summary>Stores DateTime as UTC and reads it back marked as UTC.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
