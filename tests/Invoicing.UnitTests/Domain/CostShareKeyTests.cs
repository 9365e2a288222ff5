using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.UnitTests.Domain;

public sealed class CostShareKeyTests
{
    private static readonly Dictionary<(KeyMeasure, string), long> Figures = new()
    {
        [(KeyMeasure.Population, "3201")] = 130_000,
        [(KeyMeasure.Population, "3203")] = 97_000,
        [(KeyMeasure.Usage, "3201")] = 300,
        [(KeyMeasure.Usage, "3203")] = 200,
    };

    private static CostShareKey Key(params (KeyMeasure Measure, int Weight)[] components) => new(
        [.. components.Select(c => new KeyComponent { Measure = c.Measure, WeightBasisPoints = c.Weight })],
        ["3201", "3203"],
        (measure, municipality) => Figures.TryGetValue((measure, municipality), out var v) ? v : throw new MissingKeyFigureException($"{measure} {municipality}"));

    [Fact]
    public void A_population_key_splits_by_inhabitants_and_the_parts_sum_to_the_whole()
    {
        var split = Key((KeyMeasure.Population, 10_000)).Split(1_000_000);

        // 130/227 = 572 687.22 øre, 97/227 = 427 312.78 øre: the larger remainder takes the last øre.
        Assert.Equal(572_687, split["3201"]);
        Assert.Equal(427_313, split["3203"]);
    }

    [Fact]
    public void A_weighted_mix_adds_the_weighted_shares()
    {
        var key = Key((KeyMeasure.Population, 5_000), (KeyMeasure.Usage, 5_000));

        var split = key.Split(1_000_000);

        // Asker: 0.5 × 97/227 + 0.5 × 200/500 = 0.4136563876… → 413 656.39; Bærum 586 343.61 → takes the øre left.
        Assert.Equal(413_656, split["3203"]);
        Assert.Equal(586_344, split["3201"]);
        Assert.Equal(413_656, key.SharePpm("3203"));
        Assert.Equal(4, key.Details.Count);
    }

    [Fact]
    public void A_missing_figure_stops_the_computation() =>
        Assert.Throws<MissingKeyFigureException>(() => Key((KeyMeasure.Children017, 10_000)));
}
