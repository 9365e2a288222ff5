using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>An invoice or credit note from a host to a partner, with its lines.</summary>
public sealed class InvoiceRecord
{
    public Guid Id { get; set; }
    public InvoiceKind Kind { get; set; }
    public InvoiceState State { get; set; }

    /// <summary>Set at issue from the issuer's gapless sequence; null before.</summary>
    public string? Number { get; set; }
    public required string AgreementId { get; set; }
    public required string HostOrganisationNumber { get; set; }
    public required string PartnerOrganisationNumber { get; set; }
    public DateOnly PeriodFirst { get; set; }
    public DateOnly PeriodLast { get; set; }
    public DateOnly? IssueDate { get; set; }
    public DateOnly? DueDate { get; set; }
    public string? Kid { get; set; }
    public string? BuyerReference { get; set; }
    public Guid? CorrectedInvoiceId { get; set; }
    public string CreditReason { get; set; } = "";

    /// <summary>What made the draft, e.g. "invoiceRuns/{id}".</summary>
    public required string Origin { get; set; }
    public int PaymentTermsDays { get; set; }
    public DateTime CreateTime { get; set; }
    public DateTime? ApproveTime { get; set; }
    public DateTime? IssueTime { get; set; }
    public int Version { get; set; }
    public List<InvoiceLineRecord> Lines { get; set; } = [];
    public List<PaymentRecord> Payments { get; set; } = [];
}

/// <summary>A payment received against an issued invoice.</summary>
public sealed class PaymentRecord
{
    public Guid InvoiceId { get; set; }
    public int Number { get; set; }
    public DateOnly PaymentDate { get; set; }
    public long AmountOre { get; set; }
    public DateTime RecordTime { get; set; }
}

/// <summary>One line as computed, with the basis (the contract's LineBasis as JSON) it was computed from.</summary>
public sealed class InvoiceLineRecord
{
    public Guid InvoiceId { get; set; }
    public int LineNumber { get; set; }
    public required string ServiceLine { get; set; }
    public required string Description { get; set; }
    public required string KostraFunction { get; set; }
    public long Quantity { get; set; }
    public required string UnitCode { get; set; }
    public long UnitPriceOre { get; set; }
    public long BaseQuantity { get; set; }
    public long AmountOre { get; set; }
    public DateOnly PeriodFirst { get; set; }
    public DateOnly PeriodLast { get; set; }
    public required string BasisJson { get; set; }
    public bool Late { get; set; }

    /// <summary>On a credit note: the line of the corrected invoice this line credits.</summary>
    public int? CreditsLineNumber { get; set; }
}

/// <summary>
/// What one line billed: its usage items and the days of each, packed (see
/// <see cref="Billing.BilledItemsPacking"/>), under the service and municipality they are usage of, so a
/// later run finds what is billed of that usage in a few rows instead of a row per call.
/// </summary>
public sealed class BilledUsageRecord
{
    public Guid InvoiceId { get; set; }
    public int LineNumber { get; set; }

    /// <summary>The service's resource name, e.g. "onCallUnits/bvv-asker-baerum" or "teams/mst-can-baerum".</summary>
    public required string Service { get; set; }
    public required string MunicipalityNumber { get; set; }

    /// <summary>The first and last day any of the items covers.</summary>
    public DateOnly First { get; set; }
    public DateOnly Last { get; set; }
    public int ItemCount { get; set; }
    public required byte[] Items { get; set; }
}

/// <summary>
/// One service's usage by one municipality, as billing sees it: every transaction that bills some of
/// it bumps <see cref="Version"/>, so two runs that read what was billed before either committed
/// cannot both commit, and no item is billed twice (by one agreement or by two).
/// </summary>
public sealed class UsageLedgerRecord
{
    public required string Service { get; set; }
    public required string MunicipalityNumber { get; set; }
    public int Version { get; set; }
}

/// <summary>A billing period of an agreement that has been invoiced (or had nothing to bill): never billed again.</summary>
public sealed class BilledPeriodRecord
{
    public required string AgreementId { get; set; }
    public DateOnly First { get; set; }
    public DateOnly Last { get; set; }
    public Guid? InvoiceId { get; set; }
}
