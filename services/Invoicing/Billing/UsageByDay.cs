using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>
/// A service's usage items in order of their first day, so each billing period of a run finds its
/// items by searching, not by looking at the whole year's (a million calls, five periods).
/// </summary>
public sealed class UsageByDay
{
    public static readonly UsageByDay None = new([]);

    private readonly List<UsageItem> _items;
    private readonly int _longest;

    public UsageByDay(IReadOnlyList<UsageItem> items)
    {
        // The sources report in time order, so this is usually already sorted; OrderBy keeps equal days in the order reported.
        _items = ListOrder.IsSorted(items, (a, b) => a.Days.First.CompareTo(b.Days.First)) ? [.. items] : [.. items.OrderBy(i => i.Days.First)];
        _longest = _items.Count == 0 ? 1 : _items.Max(i => i.Days.Days);
    }

    /// <summary>The items with some day in <paramref name="days"/>, in order of their first day.</summary>
    public IEnumerable<UsageItem> Touching(DateRange days)
    {
        // An item touching the days starts at most its length before them; none starts after them.
        var earliest = days.First.AddDays(1 - _longest);
        for (var i = FirstStartingOnOrAfter(earliest); i < _items.Count && _items[i].Days.First <= days.Last; i++)
        {
            if (_items[i].Days.Last >= days.First)
            {
                yield return _items[i];
            }
        }
    }

    // List.BinarySearch finds some item of that day, not the first one.
    private int FirstStartingOnOrAfter(DateOnly day)
    {
        var (low, high) = (0, _items.Count);
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            (low, high) = _items[middle].Days.First < day ? (middle + 1, high) : (low, middle);
        }

        return low;
    }
}
