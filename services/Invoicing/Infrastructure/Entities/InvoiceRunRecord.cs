using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Infrastructure.Entities;

/// <summary>A run for a host and a period, with one outcome per agreement.</summary>
public sealed class InvoiceRunRecord
{
    public Guid Id { get; set; }
    public required string HostOrganisationNumber { get; set; }
    public DateOnly PeriodFirst { get; set; }
    public DateOnly PeriodLast { get; set; }
    public InvoiceRunState State { get; set; }
    public DateTime CreateTime { get; set; }
    public DateTime? CompleteTime { get; set; }
    public List<RunOutcomeRecord> Outcomes { get; set; } = [];
}

public sealed class RunOutcomeRecord
{
    public Guid RunId { get; set; }
    public required string AgreementId { get; set; }
    public bool Succeeded { get; set; }
    public string FailureReason { get; set; } = "";

    /// <summary>The drafts made, as invoice ids separated by spaces.</summary>
    public string InvoiceIds { get; set; } = "";
}
