using System.Globalization;
using Google.Protobuf;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Mapping;

public static class CostPoolMapper
{
    private static readonly JsonFormatter Formatter = new(JsonFormatter.Settings.Default.WithFormatDefaultValues(false));
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default);

    public static CostPool ToProto(CostPoolRecord p)
    {
        var pool = Parser.Parse<CostPool>(p.DefinitionJson);
        pool.Name = ResourceNames.CostPool(p.Id);
        pool.Host = ResourceNames.Party(p.HostOrganisationNumber);
        pool.CreateTime = ProtoTime.ToTimestamp(p.CreateTime);
        pool.Etag = p.Version.ToString(CultureInfo.InvariantCulture);
        pool.Budgets.AddRange(Amounts(p, CostPoolAmountKind.Budget));
        pool.ActualNetCosts.AddRange(Amounts(p, CostPoolAmountKind.ActualNetCost));
        return pool;
    }

    /// <summary>The definition as stored: participants, key and usage source; names, times and amounts live in columns and rows.</summary>
    public static CostPoolRecord ToRecord(string id, string hostOrganisationNumber, CostPool pool, DateTime now)
    {
        var definition = new CostPool
        {
            DisplayName = pool.DisplayName.Trim(),
            KostraFunction = pool.KostraFunction,
            UsageService = pool.UsageService,
            UsageUnit = pool.UsageUnit,
        };
        definition.Participants.AddRange(pool.Participants);
        definition.Key.AddRange(pool.Key);
        return new CostPoolRecord { Id = id, HostOrganisationNumber = hostOrganisationNumber, DefinitionJson = Formatter.Format(definition), CreateTime = now };
    }

    private static IEnumerable<YearAmount> Amounts(CostPoolRecord p, CostPoolAmountKind kind) =>
        p.Amounts.Where(a => a.Kind == kind).OrderBy(a => a.Year)
            .Select(a => new YearAmount { Year = a.Year, AmountOre = a.AmountOre, RecordTime = ProtoTime.ToTimestamp(a.RecordTime) });
}
