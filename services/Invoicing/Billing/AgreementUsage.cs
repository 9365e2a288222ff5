using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.Grpc;
using Intermunicipal.Invoicing.Usage;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// The usage an agreement's lines bill, fetched once per service for the days a run looks at (the
/// due periods and a lookback for late usage), keyed by service resource name.
/// </summary>
public sealed class AgreementUsage
{
    private readonly Dictionary<string, IReadOnlyList<UsageItem>> _usage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<AllocationItem>> _allocations = new(StringComparer.Ordinal);

    public IReadOnlyList<UsageItem> UsageOf(string service) => _usage.GetValueOrDefault(service, []);

    public IReadOnlyList<AllocationItem> AllocationsOf(string service) => _allocations.GetValueOrDefault(service, []);

    /// <summary>The services whose usage was fetched, to look up what of it is already billed.</summary>
    public IReadOnlyCollection<string> Services => _usage.Keys;

    public static async Task<AgreementUsage> FetchAsync(UsageSources sources, IEnumerable<ServiceLine> lines, string host, string partner, DateRange range, CancellationToken ct)
    {
        var usage = new AgreementUsage();
        var services = lines.Where(l => l.PriceModelCase is ServiceLine.PriceModelOneofCase.PerUnit or ServiceLine.PriceModelOneofCase.PerAllocatedSlotMonth)
            .Select(l => l.Service).Distinct(StringComparer.Ordinal);
        foreach (var service in services)
        {
            if (ResourceNames.IsOnCallUnit(service))
            {
                usage._usage[service] = await sources.OnCallAsync(service, host, partner, range, ct);
            }
            else
            {
                var team = await sources.CapacityAsync(service, host, partner, range, ct);
                (usage._usage[service], usage._allocations[service]) = (team.Usage, team.Allocations);
            }
        }

        return usage;
    }
}
