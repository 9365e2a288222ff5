using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Domain.Pricing;

/// <summary>
/// A cost pool's key: each participant's share is the weighted sum, over the key's measures, of its
/// figure divided by all participants' figures (population, children 0–17, usage). Amounts are
/// split by these shares with the largest remainder method, so the parts sum exactly to the whole.
/// </summary>
public sealed class CostShareKey
{
    private readonly IReadOnlyList<string> _participants;
    private readonly decimal[] _shares;

    /// <param name="figure">A participant's figure for a measure; throws <see cref="MissingKeyFigureException"/> when unknown.</param>
    public CostShareKey(IReadOnlyList<KeyComponent> key, IReadOnlyList<string> participants, Func<KeyMeasure, string, long> figure)
    {
        _participants = participants;
        _shares = new decimal[participants.Count];
        var details = new List<KeyShare>();
        foreach (var component in key)
        {
            var values = participants.Select(p => figure(component.Measure, p)).ToArray();
            var total = values.Sum();
            if (total <= 0)
            {
                throw new MissingKeyFigureException($"the figures for {component.Measure} sum to {total}");
            }

            for (var i = 0; i < participants.Count; i++)
            {
                _shares[i] += component.WeightBasisPoints / 10_000m * values[i] / total;
                details.Add(new KeyShare
                {
                    MunicipalityNumber = participants[i],
                    Measure = component.Measure,
                    Value = values[i],
                    Total = total,
                    WeightBasisPoints = component.WeightBasisPoints,
                });
            }
        }

        Details = details;
        foreach (var d in details)
        {
            d.SharePpm = SharePpm(d.MunicipalityNumber);
        }
    }

    /// <summary>Every participant's figures per measure, with its resulting share, for a line's basis.</summary>
    public IReadOnlyList<KeyShare> Details { get; }

    /// <summary>The participant's share in parts per million, rounded (for display; amounts use the exact share).</summary>
    public long SharePpm(string municipalityNumber) => Money.RoundToOre(_shares[IndexOf(municipalityNumber)] * 1_000_000m);

    /// <summary>Each participant's part of <paramref name="wholeOre"/>, summing exactly to it.</summary>
    public IReadOnlyDictionary<string, long> Split(long wholeOre)
    {
        var parts = LargestRemainder.Split(wholeOre, _shares);
        return _participants.Select((p, i) => (p, parts[i])).ToDictionary(x => x.p, x => x.Item2, StringComparer.Ordinal);
    }

    private int IndexOf(string municipalityNumber)
    {
        var i = _participants.ToList().IndexOf(municipalityNumber);
        return i >= 0 ? i : throw new ArgumentException($"{municipalityNumber} does not take part", nameof(municipalityNumber));
    }
}

/// <summary>A key figure a cost share needs is missing or zero; the agreement cannot be billed until it is entered.</summary>
public sealed class MissingKeyFigureException(string message) : Exception(message);
