namespace Intermunicipal.Hosting.Idempotency;

/// <summary>
/// One accepted mutation, keyed by the client's request id: a retry finds it and is answered as
/// the first attempt was; the rows also say who changed what, when (no personal data). A service
/// maps it with <see cref="ChangeRecordConfiguration"/> into its own database.
/// </summary>
public sealed class ChangeRecord
{
    public required string RequestId { get; set; }
    public required string Method { get; set; }
    public required string ResourceName { get; set; }
    public required string Subject { get; set; }
    public required string SubjectMunicipalityNumber { get; set; }
    public DateTime OccurTime { get; set; }
}
