using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.Grpc;
using Intermunicipal.Invoicing.Usage;
using PartnersUsage = System.Collections.Generic.IReadOnlyDictionary<string, System.Collections.Generic.IReadOnlyDictionary<string, Intermunicipal.Invoicing.Usage.ServiceUsageItems>>;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>What an agreement needs fetched: its partner's usage of these services over these days.</summary>
public sealed record UsageNeed(string Partner, IReadOnlyList<string> Services, DateRange Window);

/// <summary>
/// The usage of a run's agreements, fetched in the background one request after another in the
/// order the agreements are billed, so that the service reporting the next agreement's usage works
/// while this one is billed (see ADR 0013). A request asks an on-call unit, or Capacity for all the
/// host's teams, about a few partners over the same days. A source that fails fails only the
/// agreements that need that request, each with the reason, when that agreement is billed.
/// </summary>
public sealed class HostUsage : IAsyncDisposable
{
    /// <summary>
    /// Partners per request: small, so that billing can start on the first agreement soon; more
    /// requests cost little next to the usage each carries.
    /// </summary>
    private const int PartnersPerRequest = 3;

    private const string Capacity = "Capacity";

    private readonly Dictionary<(string Source, DateRange Window, string Partner), Task<PartnersUsage>> _answers = [];
    private readonly CancellationTokenSource _stop;
    private readonly Task _fetching;

    private HostUsage(UsageSources sources, string host, IReadOnlyList<UsageNeed> needs, CancellationToken ct)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var requests = RequestsFor(needs);
        _fetching = Task.Run(() => FetchInOrderAsync(sources, host, requests, _stop.Token), CancellationToken.None);
    }

    /// <summary>Starts fetching what <paramref name="needs"/> ask for, in their order.</summary>
    public static HostUsage Start(UsageSources sources, string host, IReadOnlyList<UsageNeed> needs, CancellationToken ct) => new(sources, host, needs, ct);

    /// <summary>One agreement's share, once fetched; throws the source's failure when a service it bills could not be fetched.</summary>
    public async Task<AgreementUsage> ForAsync(UsageNeed need)
    {
        var usage = new AgreementUsage();
        foreach (var service in need.Services)
        {
            PartnersUsage answer;
            try
            {
                answer = await _answers[(SourceOf(service), need.Window, need.Partner)];
            }
            catch (UsageUnavailableException e)
            {
                throw new UsageUnavailableException(e.Message, e);
            }

            usage.Add(service, answer[need.Partner].GetValueOrDefault(service, ServiceUsageItems.None));
        }

        return usage;
    }

    /// <summary>Stops fetching what is no longer wanted (the run ended or failed) and waits for the fetcher to finish.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _fetching;
        _stop.Dispose();
    }

    private static string SourceOf(string service) => ResourceNames.IsOnCallUnit(service) ? service : Capacity;

    /// <summary>The requests, in the order the needs first ask for them; a partner is asked for once per source and days.</summary>
    private List<UsageRequest> RequestsFor(IReadOnlyList<UsageNeed> needs)
    {
        var requests = new List<UsageRequest>();
        var open = new Dictionary<(string Source, DateRange Window), UsageRequest>();
        foreach (var need in needs)
        {
            foreach (var source in need.Services.Select(SourceOf).Distinct(StringComparer.Ordinal))
            {
                if (_answers.ContainsKey((source, need.Window, need.Partner)))
                {
                    continue;
                }

                if (!open.TryGetValue((source, need.Window), out var request) || request.Partners.Count == PartnersPerRequest)
                {
                    open[(source, need.Window)] = request = new UsageRequest(source, need.Window);
                    requests.Add(request);
                }

                request.Partners.Add(need.Partner);
                _answers[(source, need.Window, need.Partner)] = request.Answer.Task;
            }
        }

        return requests;
    }

    /// <summary>Answers every request in turn; never throws, so every agreement learns its request's fate.</summary>
    private static async Task FetchInOrderAsync(UsageSources sources, string host, List<UsageRequest> requests, CancellationToken ct)
    {
        foreach (var request in requests)
        {
            if (ct.IsCancellationRequested)
            {
                request.Answer.TrySetCanceled(ct);
                continue;
            }

            try
            {
                request.Answer.TrySetResult(request.Source == Capacity
                    ? await sources.CapacityAsync(host, request.Partners, request.Window, ct)
                    : ByService(request.Source, await sources.OnCallAsync(request.Source, host, request.Partners, request.Window, ct)));
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                request.Answer.TrySetCanceled(ct);
            }
            catch (Exception e)
            {
                request.Answer.TrySetException(e);
            }
        }
    }

    private static PartnersUsage ByService(string unit, IReadOnlyDictionary<string, IReadOnlyList<UsageItem>> byPartner) =>
        byPartner.ToDictionary(p => p.Key, IReadOnlyDictionary<string, ServiceUsageItems> (p) => new Dictionary<string, ServiceUsageItems> { [unit] = new(p.Value, []) },
            StringComparer.Ordinal);

    /// <summary>One request to a source about some partners; its answer is awaited by the agreements of those partners.</summary>
    private sealed record UsageRequest(string Source, DateRange Window)
    {
        public List<string> Partners { get; } = [];

        // Continuations run on their own: the fetcher must not bill an agreement inline before it asks for the next usage.
        public TaskCompletionSource<PartnersUsage> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
