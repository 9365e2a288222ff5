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
    private readonly Dictionary<string, IReadOnlyList<UsageItem>> _usage = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<AllocationItem>> _allocations = new(StringComparer.Ordinal);

    public IReadOnlyList<UsageItem> UsageOf(string service) => _usage.GetValueOrDefault(service, []);

    public IReadOnlyList<AllocationItem> AllocationsOf(string service) => _allocations.GetValueOrDefault(service, []);

    /// <summary>The services whose usage was fetched, to look up what of it is already billed.</summary>
    public IReadOnlyCollection<string> Services => _usage.Keys;

    /// <summary>The services whose usage lines price: per unit used or per allocated slot-month.</summary>
    public static List<string> ServicesBilledByUse(IEnumerable<ServiceLine> lines) =>
        [.. lines.Where(l => l.PriceModelCase is ServiceLine.PriceModelOneofCase.PerUnit or ServiceLine.PriceModelOneofCase.PerAllocatedSlotMonth)
            .Select(l => l.Service).Distinct(StringComparer.Ordinal)];

    public void AddOnCallUnit(string service, IReadOnlyList<UsageItem> items) => _usage[service] = items;

    public void AddTeam(string service, TeamUsageItems team) => (_usage[service], _allocations[service]) = (team.Usage, team.Allocations);
}
