using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// The days of each usage item already billed, so that only the rest is billed now: a call is billed
/// or not; a treatment's or allocation's days are billed in pieces, and a piece already billed is
/// never billed again, whatever the source reports later.
/// </summary>
public sealed class BilledRanges
{
    private readonly Dictionary<string, List<DateRange>> _billed = new(StringComparer.Ordinal);

    public BilledRanges(IEnumerable<(string Source, DateRange Days)> billed)
    {
        foreach (var (source, days) in billed)
        {
            Add(source, days);
        }
    }

    /// <summary>Records days as billed, so later periods of the same run do not bill them again.</summary>
    public void Add(string source, DateRange days)
    {
        if (!_billed.TryGetValue(source, out var ranges))
        {
            _billed[source] = ranges = [];
        }

        ranges.Add(days);
    }

    public IEnumerable<UsageItem> Unbilled(UsageItem item) =>
        !_billed.ContainsKey(item.Source) ? [item] : Remaining(item.Source, item.Days).Select(days => item.Unit == UsageUnit.SlotDay ? item with { Days = days, Quantity = days.Days } : item)
            .Where(i => i.Unit == UsageUnit.SlotDay || i.Days == item.Days);

    public IEnumerable<AllocationItem> Unbilled(AllocationItem item) =>
        !_billed.ContainsKey(item.Source) ? [item] : Remaining(item.Source, item.Days).Select(days => item with { Days = days });

    /// <summary>The parts of <paramref name="days"/> not covered by a billed range of <paramref name="source"/>.</summary>
    private IEnumerable<DateRange> Remaining(string source, DateRange days)
    {
        var next = days.First;
        foreach (var range in _billed.GetValueOrDefault(source, []).Where(r => r.Intersect(days) is not null).OrderBy(r => r.First))
        {
            if (range.First > next)
            {
                yield return new DateRange(next, range.First.AddDays(-1));
            }

            next = range.Last.AddDays(1) > next ? range.Last.AddDays(1) : next;
        }

        if (next <= days.Last)
        {
            yield return new DateRange(next, days.Last);
        }
    }
}
