using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>A partner's objection to one line of an issued invoice, with its thread.</summary>
public sealed class DisputeRecord
{
    public Guid Id { get; set; }
    public Guid InvoiceId { get; set; }
    public int LineNumber { get; set; }
    public DisputeState State { get; set; }

    /// <summary>Set when the host resolved it by crediting the line.</summary>
    public Guid? CreditNoteId { get; set; }
    public DateTime CreateTime { get; set; }
    public DateTime? ResolveTime { get; set; }
    public int Version { get; set; }
    public List<DisputeMessageRecord> Messages { get; set; } = [];
}

/// <summary>One entry of a dispute's thread: the reason, a comment, or the resolution.</summary>
public sealed class DisputeMessageRecord
{
    public Guid DisputeId { get; set; }
    public int Number { get; set; }
    public required string MunicipalityNumber { get; set; }
    public required string Text { get; set; }
    public DateTime CreateTime { get; set; }
}
