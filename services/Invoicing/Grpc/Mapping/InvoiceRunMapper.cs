using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Mapping;

public static class InvoiceRunMapper
{
    public static InvoiceRun ToProto(InvoiceRunRecord r)
    {
        var run = new InvoiceRun
        {
            Name = ResourceNames.InvoiceRun(r.Id),
            Host = ResourceNames.Party(r.HostOrganisationNumber),
            Period = InvoiceMapper.Period(r.PeriodFirst, r.PeriodLast),
            State = r.State,
            CreateTime = ProtoTime.ToTimestamp(r.CreateTime),
            CompleteTime = ProtoTime.ToTimestampOrNull(r.CompleteTime),
        };
        run.Outcomes.AddRange(r.Outcomes.OrderBy(o => o.AgreementId, StringComparer.Ordinal).Select(o =>
        {
            var outcome = new AgreementRunOutcome { Agreement = ResourceNames.Agreement(o.AgreementId), Succeeded = o.Succeeded, FailureReason = o.FailureReason };
            outcome.Invoices.AddRange(o.InvoiceIds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => ResourceNames.Invoice(Guid.Parse(id))));
            return outcome;
        }));
        return run;
    }
}
