namespace Intermunicipal.Invoicing.Domain;

/// <summary>
/// Whether a list is already in order: usage mostly arrives in the order billing wants, and checking
/// a million items once is far cheaper than sorting them again.
/// </summary>
public static class ListOrder
{
    public static bool IsSorted<T>(IReadOnlyList<T> items, Comparison<T> compare)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (compare(items[i - 1], items[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
