using System.Runtime.InteropServices;
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
    // Most items are billed once, in one piece: the first range is kept inline, so a year of calls
    // does not cost a list per call.
    private readonly Dictionary<string, (DateRange First, List<DateRange>? More)> _billed = new(StringComparer.Ordinal);

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
        ref var ranges = ref CollectionsMarshal.GetValueRefOrAddDefault(_billed, source, out var known);
        if (!known)
        {
            ranges = (days, null);
        }
        else
        {
            (ranges.More ??= []).Add(days);
        }
    }

    /// <summary>What of <paramref name="items"/> is not billed yet: whole items, or for slot-days the days not billed.</summary>
    public IEnumerable<UsageItem> Unbilled(IEnumerable<UsageItem> items)
    {
        foreach (var item in items)
        {
            if (!_billed.ContainsKey(item.Source))
            {
                yield return item;
                continue;
            }

            foreach (var days in Remaining(item.Source, item.Days))
            {
                if (item.Unit == UsageUnit.SlotDay)
                {
                    yield return item with { Days = days, Quantity = days.Days };
                }
                else if (days == item.Days)
                {
                    yield return item;
                }
            }
        }
    }

    public IEnumerable<AllocationItem> Unbilled(IEnumerable<AllocationItem> items) =>
        items.SelectMany(item => !_billed.ContainsKey(item.Source) ? [item] : Remaining(item.Source, item.Days).Select(days => item with { Days = days }));

    /// <summary>The parts of <paramref name="days"/> not covered by a billed range of <paramref name="source"/>.</summary>
    private IEnumerable<DateRange> Remaining(string source, DateRange days)
    {
        var (first, more) = _billed[source];
        var next = days.First;
        foreach (var range in (more ?? []).Prepend(first).Where(r => r.Intersect(days) is not null).OrderBy(r => r.First))
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
