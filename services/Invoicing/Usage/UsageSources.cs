using Grpc.Core;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.V1;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;
using CapacityV1 = Intermunicipal.Capacity.V1;
using CommonV1 = Intermunicipal.Common.V1;
using OnCallV1 = Intermunicipal.OnCall.V1;

namespace Intermunicipal.Invoicing.Usage;

/// <summary>What a partner used of one service in a period: its usage items and, for a team, the allocations it held.</summary>
public sealed record ServiceUsageItems(IReadOnlyList<UsageItem> Usage, IReadOnlyList<AllocationItem> Allocations)
{
    public static readonly ServiceUsageItems None = new([], []);
}

/// <summary>
/// Asks OnCall and Capacity, over their contracts only, for the itemised usage of a municipality in a
/// period, under the invoicing service's own identity acting for the host, through the resilience
/// pipeline. Failures come out as <see cref="UsageUnavailableException"/> with a reason for people.
/// </summary>
public sealed class UsageSources(
    OnCallV1.OnCallService.OnCallServiceClient onCall,
    CapacityV1.CapacityService.CapacityServiceClient capacity,
    ServiceTokens tokens,
    ResiliencePipelineProvider<string> pipelines,
    IOptions<UsageSourceOptions> options)
{
    /// <summary>What OnCall's and Capacity's BatchGetBillableUsage take at most in one request.</summary>
    private const int MostMunicipalitiesPerRequest = 100;

    private readonly ResiliencePipeline _pipeline = pipelines.GetPipeline(UsageResilience.PipelineName);

    /// <summary>Calls, call-outs and call-out minutes of <paramref name="municipality"/> in an on-call unit.</summary>
    public async Task<IReadOnlyList<UsageItem>> OnCallAsync(string unit, string host, string municipality, DateRange range, CancellationToken ct) =>
        (await OnCallAsync(unit, host, [municipality], range, ct))[municipality];

    /// <summary>Calls, call-outs and call-out minutes of each of <paramref name="municipalities"/> in an on-call unit, in one request.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<UsageItem>>> OnCallAsync(string unit, string host, IReadOnlyList<string> municipalities,
        DateRange range, CancellationToken ct)
    {
        var usages = new List<OnCallV1.BillableUsage>();
        foreach (var some in municipalities.Chunk(MostMunicipalitiesPerRequest))
        {
            var request = new OnCallV1.BatchGetBillableUsageRequest
            {
                OnCallUnit = unit,
                MunicipalityNumbers = { some },
                Period = Period(range),
                View = OnCallV1.BillableUsageView.CallsByDay,
            };
            usages.AddRange((await CallAsync("OnCall", host, o => onCall.BatchGetBillableUsageAsync(request, o), ct)).Usages);
        }

        return ByKey("OnCall", "municipality", municipalities, usages, u => u.MunicipalityNumber, u => OnCallItems(unit, u));
    }

    /// <summary>Treatment days, starts and allocations of <paramref name="municipality"/> in a team.</summary>
    public async Task<ServiceUsageItems> CapacityAsync(string team, string host, string municipality, DateRange range, CancellationToken ct) =>
        (await CapacityAsync(host, [municipality], range, ct))[municipality].GetValueOrDefault(team, ServiceUsageItems.None);

    /// <summary>What each of <paramref name="municipalities"/> used of each of the host's teams, in one request: by municipality, then by team.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, ServiceUsageItems>>> CapacityAsync(string host, IReadOnlyList<string> municipalities,
        DateRange range, CancellationToken ct)
    {
        var usages = new List<CapacityV1.BillableUsage>();
        foreach (var some in municipalities.Chunk(MostMunicipalitiesPerRequest))
        {
            var request = new CapacityV1.BatchGetBillableUsageRequest { HostMunicipalityNumber = host, MunicipalityNumbers = { some }, Period = Period(range) };
            usages.AddRange((await CallAsync("Capacity", host, o => capacity.BatchGetBillableUsageAsync(request, o), ct)).Usages);
        }

        return ByKey("Capacity", "municipality", municipalities, usages, u => u.MunicipalityNumber,
            IReadOnlyDictionary<string, ServiceUsageItems> (u) => ByKey("Capacity", "team", [], u.Teams, t => t.Team, TeamItems));
    }

    /// <summary>
    /// The answer keyed by municipality (or team). An answer that leaves out something asked for, or
    /// gives one twice, breaks the contract and is not billed from: a gap would bill nothing of it and
    /// a repeat would leave which one counts to chance. The agreements that need it fail with a reason.
    /// </summary>
    private static Dictionary<string, TValue> ByKey<TAnswer, TValue>(string source, string what, IReadOnlyList<string> asked,
        IEnumerable<TAnswer> answers, Func<TAnswer, string> key, Func<TAnswer, TValue> value)
    {
        var byKey = new Dictionary<string, TValue>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (!byKey.TryAdd(key(answer), value(answer)))
            {
                throw new UsageUnavailableException($"{source} answered the usage of {what} {key(answer)} twice; run the period again");
            }
        }

        return asked.FirstOrDefault(k => !byKey.ContainsKey(k)) is { } missing
            ? throw new UsageUnavailableException($"{source} answered without the usage of {what} {missing}; run the period again")
            : byKey;
    }

    private static ServiceUsageItems TeamItems(CapacityV1.TeamUsage teamUsage)
    {
        var days = teamUsage.TreatmentDays.Select(t => new UsageItem(t.Referral, UsageUnit.SlotDay, Range("Capacity", t.FirstDate, t.LastDate), t.Days));
        var starts = teamUsage.TreatmentDays.Where(t => t.StartedInPeriod)
            .Select(t => new UsageItem(t.Referral + "/start", UsageUnit.StartedTreatment, Range("Capacity", t.StartDate, t.StartDate), 1));
        var allocations = teamUsage.AllocationDays.Select(a => new AllocationItem(a.Allocation, a.SlotCount, Range("Capacity", a.FirstDate, a.LastDate)));
        return new ServiceUsageItems([.. days, .. starts], [.. allocations]);
    }

    private async Task<T> CallAsync<T>(string source, string host, Func<CallOptions, AsyncUnaryCall<T>> send, CancellationToken ct)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async token =>
            {
                var headers = new Metadata { { "authorization", "Bearer " + await tokens.ForAsync(host, token) } };
                return await send(new CallOptions(headers, DateTime.UtcNow + options.Value.AttemptTimeout, token));
            }, ct);
        }
        catch (RpcException e)
        {
            throw new UsageUnavailableException($"{source} answered {e.StatusCode} ({e.Status.Detail}); run the period again when it is back", e);
        }
        catch (Exception e) when (e is BrokenCircuitException or HttpRequestException)
        {
            throw new UsageUnavailableException($"{source} is not reachable ({e.GetType().Name}); run the period again when it is back", e);
        }
        catch (ServiceTokenException e)
        {
            throw new UsageUnavailableException($"no token to ask {source} with: {e.Message}; run the period again when that is mended", e);
        }
    }

    /// <summary>
    /// The calls by day as OnCall lists them when asked for that view, and the other items (and the
    /// calls too, from an OnCall that answers only in full) one by one. A call's id is its resource name.
    /// </summary>
    private static IReadOnlyList<UsageItem> OnCallItems(string unit, OnCallV1.BillableUsage usage)
    {
        var items = new List<UsageItem>(usage.CallDays.Sum(d => d.CallIds.Count) + usage.Items.Count);
        var calls = unit + "/calls/";
        foreach (var day in usage.CallDays)
        {
            var date = Range("OnCall", day.Date, day.Date);
            items.AddRange(day.CallIds.Select(id => new UsageItem(calls + id, UsageUnit.Call, date, 1)));
        }

        items.AddRange(usage.Items.SelectMany(OnCallItems));
        return items;
    }

    /// <summary>A call counts one; a call-out counts one and its minutes; an emergency decision is not billed per unit.</summary>
    private static IEnumerable<UsageItem> OnCallItems(OnCallV1.BillableItem item)
    {
        var day = NorwegianTime.DateOf(ProtoValues.Instant(item.OccurTime, "occur_time", new FieldViolations())
            ?? throw Unreadable("OnCall", "an item without a valid time"));
        var days = new DateRange(day, day);
        switch (item.Kind)
        {
            case OnCallV1.BillableItemKind.Call:
                yield return new UsageItem(item.Source, UsageUnit.Call, days, 1);
                break;
            case OnCallV1.BillableItemKind.CallOut:
                yield return new UsageItem(item.Source, UsageUnit.CallOut, days, 1);
                yield return new UsageItem(item.Source + "/minutes", UsageUnit.CallOutHour, days, item.Minutes);
                break;
        }
    }

    private static CommonV1.Period Period(DateRange range) =>
        new() { StartDate = ProtoTime.ToDate(range.First), EndDate = ProtoTime.ToDate(range.Last) };

    /// <summary>Days as a source gave them; missing or impossible days (or an end before the start) break the contract.</summary>
    private static DateRange Range(string source, Google.Type.Date? first, Google.Type.Date? last)
    {
        var violations = new FieldViolations();
        return (ProtoValues.Date(first, "first", violations), ProtoValues.Date(last, "last", violations)) is ({ } from, { } to) && from <= to
            ? new DateRange(from, to)
            : throw Unreadable(source, "days that are not dates");
    }

    private static UsageUnavailableException Unreadable(string source, string what) =>
        new($"{source} answered usage with {what}; run the period again");
}
