using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Infrastructure.Entities;

/// <summary>An appended action, outcome or correction. Never updated or deleted.</summary>
public sealed class CallEntryRecord
{
    public required string Id { get; set; }
    public required string CallId { get; set; }
    public required string RequestId { get; set; }
    public CallEntryType Type { get; set; }
    public DateTime OccurTime { get; set; }
    public DateTime? EndTime { get; set; }
    public string? LegalBasis { get; set; }
    public string? Note { get; set; }
    public string? CorrectsEntryId { get; set; }
    public bool Retraction { get; set; }
    public DateTime CreateTime { get; set; }
    public required string Author { get; set; }

    /// <summary>For a details correction: the CallDetailsChange message, serialized. May hold personal data.</summary>
    public byte[]? DetailsChange { get; set; }
}
