using Google.Protobuf;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Mapping;

public static class InvoiceMapper
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    public static Invoice ToProto(InvoiceRecord i)
    {
        var invoice = new Invoice
        {
            Name = ResourceNames.Invoice(i.Id),
            Kind = i.Kind,
            State = i.State,
            Number = i.Number ?? "",
            Agreement = ResourceNames.Agreement(i.AgreementId),
            Host = ResourceNames.Party(i.HostOrganisationNumber),
            Partner = ResourceNames.Party(i.PartnerOrganisationNumber),
            Period = Period(i.PeriodFirst, i.PeriodLast),
            TotalOre = i.Lines.Sum(l => l.AmountOre),
            IssueDate = i.IssueDate is { } issued ? ProtoTime.ToDate(issued) : null,
            DueDate = i.DueDate is { } due ? ProtoTime.ToDate(due) : null,
            Kid = i.Kid ?? "",
            BuyerReference = i.BuyerReference ?? "",
            CorrectedInvoice = i.CorrectedInvoiceId is { } corrected ? ResourceNames.Invoice(corrected) : "",
            CreditReason = i.CreditReason,
            Origin = i.Origin,
            CreateTime = ProtoTime.ToTimestamp(i.CreateTime),
            ApproveTime = ProtoTime.ToTimestampOrNull(i.ApproveTime),
            IssueTime = ProtoTime.ToTimestampOrNull(i.IssueTime),
            Etag = i.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        invoice.Lines.AddRange(i.Lines.OrderBy(l => l.LineNumber).Select(Line));
        invoice.Payments.AddRange(i.Payments.OrderBy(p => p.Number).Select(p => new Payment
        {
            PaymentDate = ProtoTime.ToDate(p.PaymentDate),
            AmountOre = p.AmountOre,
            RecordTime = ProtoTime.ToTimestamp(p.RecordTime),
        }));
        return invoice;
    }

    private static InvoiceLine Line(InvoiceLineRecord l) => new()
    {
        LineId = l.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ServiceLine = l.ServiceLine,
        Description = l.Description,
        KostraFunction = l.KostraFunction,
        Quantity = l.Quantity,
        UnitCode = l.UnitCode,
        UnitPriceOre = l.UnitPriceOre,
        BaseQuantity = l.BaseQuantity,
        AmountOre = l.AmountOre,
        Period = Period(l.PeriodFirst, l.PeriodLast),
        Basis = Parser.Parse<LineBasis>(l.BasisJson),
        Late = l.Late,
    };

    public static Common.V1.Period Period(DateOnly first, DateOnly last) => new() { StartDate = ProtoTime.ToDate(first), EndDate = ProtoTime.ToDate(last) };
}
