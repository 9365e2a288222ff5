namespace Intermunicipal.Invoicing.Domain;

/// <summary>
/// Splits an amount in øre by weights so that the parts always sum exactly to the whole: each part
/// gets its exact share rounded toward zero, and the øre left over go one each to the parts with
/// the largest remainders (ties to the earlier part, so the split is the same every time).
/// </summary>
public static class LargestRemainder
{
    public static long[] Split(long whole, IReadOnlyList<decimal> weights)
    {
        if (weights.Count == 0 || weights.Any(w => w < 0) || weights.Sum() <= 0)
        {
            throw new ArgumentException("weights must be non-negative with a positive sum", nameof(weights));
        }

        var sign = Math.Sign(whole);
        var amount = Math.Abs((decimal)whole);
        var total = weights.Sum();
        var exact = weights.Select(w => amount * w / total).ToArray();
        var parts = exact.Select(decimal.Floor).ToArray();
        var left = (long)(amount - parts.Sum());
        var byRemainder = Enumerable.Range(0, exact.Length)
            .OrderByDescending(i => exact[i] - parts[i])
            .ThenBy(i => i)
            .Take((int)left);
        foreach (var i in byRemainder)
        {
            parts[i]++;
        }

        return [.. parts.Select(p => sign * (long)p)];
    }
}
