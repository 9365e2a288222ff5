using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.Grpc;
using Intermunicipal.Invoicing.Usage;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>What an agreement needs fetched: its partner's usage of these services over these days.</summary>
public sealed record UsageNeed(string Partner, IReadOnlyList<string> Services, DateRange Window);

/// <summary>
/// The usage of all of a run's agreements, fetched before any is billed: one request per on-call unit
/// and one to Capacity for all the partners billed over the same days, instead of one per agreement
/// and service. A source that fails fails only the agreements that need it, each with the reason,
/// when that agreement is billed.
/// </summary>
public sealed class HostUsage
{
    private const string Capacity = "Capacity";
    private readonly Dictionary<(string Unit, DateRange Window), IReadOnlyDictionary<string, IReadOnlyList<UsageItem>>> _onCall = [];
    private readonly Dictionary<DateRange, IReadOnlyDictionary<string, IReadOnlyDictionary<string, TeamUsageItems>>> _teams = [];
    private readonly Dictionary<(string Source, DateRange Window), UsageUnavailableException> _failures = [];

    public static async Task<HostUsage> FetchAsync(UsageSources sources, string host, IReadOnlyCollection<UsageNeed> needs, CancellationToken ct)
    {
        var usage = new HostUsage();
        var units = needs.SelectMany(n => n.Services.Where(ResourceNames.IsOnCallUnit).Select(unit => (Key: (unit, n.Window), n.Partner)));
        foreach (var unit in units.GroupBy(u => u.Key, u => u.Partner))
        {
            await usage.RecordAsync(unit.Key, async () => usage._onCall[unit.Key] = await sources.OnCallAsync(unit.Key.unit, host, [.. unit.Distinct()], unit.Key.Window, ct));
        }

        foreach (var days in needs.Where(n => n.Services.Any(IsTeam)).GroupBy(n => n.Window, n => n.Partner))
        {
            await usage.RecordAsync((Capacity, days.Key), async () => usage._teams[days.Key] = await sources.CapacityAsync(host, [.. days.Distinct()], days.Key, ct));
        }

        return usage;
    }

    /// <summary>One agreement's share; throws the source's failure when a service it bills could not be fetched.</summary>
    public AgreementUsage For(UsageNeed need)
    {
        var usage = new AgreementUsage();
        foreach (var service in need.Services)
        {
            var source = IsTeam(service) ? Capacity : service;
            if (_failures.TryGetValue((source, need.Window), out var failure))
            {
                throw new UsageUnavailableException(failure.Message, failure);
            }

            if (IsTeam(service))
            {
                usage.AddTeam(service, _teams[need.Window][need.Partner].GetValueOrDefault(service, TeamUsageItems.None));
            }
            else
            {
                usage.AddOnCallUnit(service, _onCall[(service, need.Window)][need.Partner]);
            }
        }

        return usage;
    }

    private static bool IsTeam(string service) => !ResourceNames.IsOnCallUnit(service);

    private async Task RecordAsync((string Source, DateRange Window) request, Func<Task> fetch)
    {
        try
        {
            await fetch();
        }
        catch (UsageUnavailableException e)
        {
            _failures[request] = e;
        }
    }
}
