using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Mapping;

public static class DisputeMapper
{
    public static Dispute ToProto(DisputeRecord d)
    {
        var dispute = new Dispute
        {
            Name = ResourceNames.Dispute(d.InvoiceId, d.Id),
            LineId = d.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            State = d.State,
            CreditNote = d.CreditNoteId is { } credit ? ResourceNames.Invoice(credit) : "",
            CreateTime = ProtoTime.ToTimestamp(d.CreateTime),
            ResolveTime = d.ResolveTime is { } resolved ? ProtoTime.ToTimestamp(resolved) : null,
        };
        dispute.Messages.AddRange(d.Messages.OrderBy(m => m.Number).Select(m => new DisputeMessage
        {
            MunicipalityNumber = m.MunicipalityNumber,
            Text = m.Text,
            CreateTime = ProtoTime.ToTimestamp(m.CreateTime),
        }));
        return dispute;
    }
}
