using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.Usage;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// The usage an agreement's lines bill, for the days a run looks at (the due periods and a lookback
/// for late usage), keyed by service resource name. Taken from <see cref="HostUsage"/>, which fetched
/// it for all the host's agreements at once.
/// </summary>
public sealed class AgreementUsage
{
    private readonly Dictionary<string, UsageByDay> _usage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<AllocationItem>> _allocations = new(StringComparer.Ordinal);

    /// <summary>The service's usage items with some day in <paramref name="days"/>.</summary>
    public IEnumerable<UsageItem> UsageOf(string service, DateRange days) => _usage.GetValueOrDefault(service, UsageByDay.None).Touching(days);

    public IReadOnlyList<AllocationItem> AllocationsOf(string service) => _allocations.GetValueOrDefault(service, []);

    /// <summary>The services whose usage was fetched, to look up what of it is already billed.</summary>
    public IReadOnlyCollection<string> Services => _usage.Keys;

    /// <summary>The services whose usage lines price: per unit used or per allocated slot-month.</summary>
    public static List<string> ServicesBilledByUse(IEnumerable<ServiceLine> lines) =>
        [.. lines.Where(l => l.PriceModelCase is ServiceLine.PriceModelOneofCase.PerUnit or ServiceLine.PriceModelOneofCase.PerAllocatedSlotMonth)
            .Select(l => l.Service).Distinct(StringComparer.Ordinal)];

    public void Add(string service, ServiceUsageItems used) => (_usage[service], _allocations[service]) = (new UsageByDay(used.Usage), used.Allocations);
}
