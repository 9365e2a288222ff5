using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Paging;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Grpc.Validation;
using Intermunicipal.OnCall.Infrastructure;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Intermunicipal.OnCall.Grpc;

public sealed partial class OnCallGrpcService
{
    private const int LongestUsagePeriodDays = 366;
    private const int MostMunicipalitiesInBatch = 100;

    public override async Task<GetMonthlyStatisticsResponse> GetMonthlyStatistics(GetMonthlyStatisticsRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var unit = await LoadUnitAsync(ResourceNames.ParseUnit(request.OnCallUnit, "on_call_unit"), ct);
        var municipality = CoveredMunicipality(request.MunicipalityNumber, unit);
        new FieldViolations()
            .Require(request.Year is >= 2000 and <= 2100, "year", "must be between 2000 and 2100")
            .Require(request.Month is >= 1 and <= 12, "month", "must be between 1 and 12")
            .ThrowIfAny();
        Demand(CallAccess.CanReadStatistics(Caller.From(context), unit, municipality), request.OnCallUnit);

        var first = new LocalDate(request.Year, request.Month, 1);
        var usage = await UsageAsync(unit.Id, municipality, first, first.PlusMonths(1).PlusDays(-1), forBilling: false, ct);
        return new GetMonthlyStatisticsResponse
        {
            Statistics = MonthlyStatisticsBuilder.Build(ResourceNames.Unit(unit.Id), municipality, request.Year, request.Month, usage),
        };
    }

    public override async Task<GetBillableUsageResponse> GetBillableUsage(GetBillableUsageRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var unit = await LoadUnitAsync(ResourceNames.ParseUnit(request.OnCallUnit, "on_call_unit"), ct);
        var municipality = CoveredMunicipality(request.MunicipalityNumber, unit);
        var (first, last) = ValidPeriod(request.Period);
        var view = ValidView(request.View);
        Demand(CallAccess.CanReadUsage(Caller.From(context), unit, municipality), request.OnCallUnit);

        return new GetBillableUsageResponse { Usage = await BillableUsageAsync(unit.Id, municipality, request.Period, (first, last), view, ct) };
    }

    /// <summary>GetBillableUsage for several municipalities in one request: the unit is read and the caller judged once per call, not per partner.</summary>
    public override async Task<BatchGetBillableUsageResponse> BatchGetBillableUsage(BatchGetBillableUsageRequest request, ServerCallContext context)
    {
        var ct = context.CancellationToken;
        var unit = await LoadUnitAsync(ResourceNames.ParseUnit(request.OnCallUnit, "on_call_unit"), ct);
        var municipalities = CoveredMunicipalities(request.MunicipalityNumbers, unit);
        var (first, last) = ValidPeriod(request.Period);
        var view = ValidView(request.View);
        var caller = Caller.From(context);
        Demand(municipalities.All(m => CallAccess.CanReadUsage(caller, unit, m)), request.OnCallUnit);

        var response = new BatchGetBillableUsageResponse();
        foreach (var municipality in municipalities)
        {
            response.Usages.Add(await BillableUsageAsync(unit.Id, municipality, request.Period, (first, last), view, ct));
        }

        return response;
    }

    /// <summary>What one municipality used of the unit over the period's days, as both usage methods answer it.</summary>
    private async Task<BillableUsage> BillableUsageAsync(string unitId, string municipality, Common.V1.Period period,
        (DateOnly First, DateOnly Last) days, BillableUsageView view, CancellationToken ct)
    {
        var usage = await UsageAsync(unitId, municipality, ProtoTime.ToLocalDate(days.First), ProtoTime.ToLocalDate(days.Last), forBilling: true, ct);
        return BillableUsageBuilder.Build(unitId, municipality, period, usage, view);
    }

    /// <summary>
    /// What a municipality used of a unit over whole Oslo days: the calls received in the window,
    /// or with an entry that happened in it, counted with all their entries (see UsageQueries: no
    /// personal data is loaded). Calls and entries are two flat queries joined here, as EF's split
    /// query did (which, async with a projected collection, was seen compiling delegates while it
    /// read the rows). No transaction around them: on SQLite it would take the write lock and hold
    /// up calls being logged. What is committed between the two reads may be half seen (an entry
    /// counted, a new call not); the next read sees all of it.
    /// </summary>
    private async Task<UsageCounter> UsageAsync(string unitId, string municipality, LocalDate firstDay, LocalDate lastDay, bool forBilling, CancellationToken ct)
    {
        var (start, end) = OfficeCalendar.Days(firstDay, lastDay);
        var (from, to) = (start.ToDateTimeUtc(), end.ToDateTimeUtc());
        var counted = UsageQueries.Counted(db, unitId, municipality, from, to);
        var calls = forBilling
            ? await UsageQueries.ReadBillingCallsAsync(db, counted, ct)
            : await UsageQueries.InReceiveOrder(counted, UsageQueries.StatisticsColumns).ToListAsync(ct);
        var entries = await UsageQueries.EntriesOf(counted).ToListAsync(ct);
        var entriesOf = entries.ToLookup(e => e.CallId, StringComparer.Ordinal);
        foreach (var call in calls.Where(c => entriesOf.Contains(c.Id)))
        {
            call.Entries = [.. entriesOf[call.Id]];
        }

        return new UsageCounter(calls, from, to);
    }

    /// <summary>A batch's municipalities: 1 to <see cref="MostMunicipalitiesInBatch"/>, each covered by the unit and named once.</summary>
    private static List<string> CoveredMunicipalities(IList<string> numbers, OnCallUnitRecord unit)
    {
        var violations = new FieldViolations();
        ProtoValues.MunicipalityNumbers(numbers, "municipality_numbers", MostMunicipalitiesInBatch, unit.Covers,
            "must be the number of a municipality the unit covers", violations);
        violations.ThrowIfAny();
        return [.. numbers];
    }

    /// <summary>The view asked for; not given means the full one, which every caller before the view existed got.</summary>
    private static BillableUsageView ValidView(BillableUsageView view) => view switch
    {
        BillableUsageView.Unspecified or BillableUsageView.Full => BillableUsageView.Full,
        BillableUsageView.CallsByDay => view,
        _ => throw Problems.InvalidArgument("view", "must be BILLABLE_USAGE_VIEW_FULL or BILLABLE_USAGE_VIEW_CALLS_BY_DAY"),
    };

    private static (DateOnly First, DateOnly Last) ValidPeriod(Common.V1.Period? period)
    {
        if (period is null)
        {
            throw Problems.InvalidArgument("period", "is required");
        }

        var violations = new FieldViolations();
        var days = ProtoValues.Period(period.StartDate, period.EndDate, "period", LongestUsagePeriodDays, violations);
        violations.ThrowIfAny();
        return days!.Value;
    }
}
