using System.Globalization;
using Google.Protobuf;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Mapping;

public static class AgreementMapper
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    public static Agreement ToProto(AgreementRecord a)
    {
        var agreement = new Agreement
        {
            Name = ResourceNames.Agreement(a.Id),
            DisplayName = a.DisplayName,
            Host = ResourceNames.Party(a.HostOrganisationNumber),
            Partner = ResourceNames.Party(a.PartnerOrganisationNumber),
            CreateTime = ProtoTime.ToTimestamp(a.CreateTime),
            Etag = a.Version.ToString(CultureInfo.InvariantCulture),
        };
        agreement.Versions.AddRange(a.Versions.OrderBy(v => v.Number).Select(Terms));
        return agreement;
    }

    /// <summary>A version's terms as the pricing code reads them, with its number, dates and time filled in.</summary>
    public static AgreementVersion Terms(AgreementVersionRecord v)
    {
        var terms = Parser.Parse<AgreementVersion>(v.TermsJson);
        terms.Version = v.Number;
        terms.ValidFrom = ProtoTime.ToDate(v.ValidFrom);
        terms.ValidTo = v.ValidTo is { } to ? ProtoTime.ToDate(to) : null;
        terms.CreateTime = ProtoTime.ToTimestamp(v.CreateTime);
        return terms;
    }

    /// <summary>A new version record from validated terms; number, dates and time are kept as columns, not in the JSON.</summary>
    public static AgreementVersionRecord ToRecord(string agreementId, int number, AgreementVersion terms, DateOnly validFrom, DateOnly? validTo, DateTime now)
    {
        var stored = terms.Clone();
        stored.Version = 0;
        stored.ValidFrom = null;
        stored.ValidTo = null;
        stored.CreateTime = null;
        return new AgreementVersionRecord
        {
            AgreementId = agreementId,
            Number = number,
            ValidFrom = validFrom,
            ValidTo = validTo,
            TermsJson = Formatter.Format(stored),
            CreateTime = now,
        };
    }
}
