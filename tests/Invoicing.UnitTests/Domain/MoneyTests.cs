using Intermunicipal.Invoicing.Domain;

namespace Intermunicipal.Invoicing.UnitTests.Domain;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -3)]
    [InlineData(2.4999, 2)]
    [InlineData(107950.5, 107951)]
    public void Amounts_round_half_away_from_zero(double ore, long expected) => Assert.Equal(expected, Money.RoundToOre((decimal)ore));

    [Theory]
    [InlineData(125, 90_000, 60, 187_500)] // 125 call-out minutes at 900 kr/h
    [InlineData(10, 6_500_000, 31, 2_096_774)] // 10 slot-days of a 31-day month at 65 000 kr/slot-month: 2 096 774.19
    [InlineData(1, 1, 3, 0)] // a third of an øre rounds away
    [InlineData(-3, 1_250, 1, -3_750)]
    public void A_line_is_quantity_times_price_over_base_quantity(long quantity, long price, long baseQuantity, long amount) =>
        Assert.Equal(amount, Money.LineAmount(quantity, price, baseQuantity));

    [Theory]
    [InlineData(100, new[] { 1.0, 1, 1 }, new long[] { 34, 33, 33 })]
    [InlineData(10, new[] { 1.0, 1, 1, 1 }, new long[] { 3, 3, 2, 2 })]
    [InlineData(-100, new[] { 1.0, 1, 1 }, new long[] { -34, -33, -33 })]
    [InlineData(1_000_000, new[] { 130_000.0, 97_000 }, new long[] { 572_687, 427_313 })] // .22 and .78: the larger remainder takes the øre
    [InlineData(5, new[] { 0.0, 1 }, new long[] { 0, 5 })]
    public void Shares_split_by_largest_remainder(long whole, double[] weights, long[] expected) =>
        Assert.Equal(expected, LargestRemainder.Split(whole, [.. weights.Select(w => (decimal)w)]));

    [Fact]
    public void Parts_always_sum_exactly_to_the_whole()
    {
        var random = new Random(20261124);
        for (var round = 0; round < 2_000; round++)
        {
            var whole = random.NextInt64(-10_000_000_000, 10_000_000_000);
            var weights = Enumerable.Range(0, random.Next(1, 8)).Select(_ => (decimal)random.Next(0, 700_000)).Append(1m).ToArray();

            var parts = LargestRemainder.Split(whole, weights);

            Assert.Equal(whole, parts.Sum());
            Assert.All(parts, p => Assert.True(Math.Sign(p) * Math.Sign(whole) >= 0));
        }
    }

    [Fact]
    public void Many_small_lines_are_rounded_each_and_the_total_is_their_sum()
    {
        // 1 000 lines of 1 call-out minute at 1,00 kr/h: each line is 1.67 øre → 2 øre, the total 2 000 øre, not 1 667.
        var lines = Enumerable.Range(0, 1_000).Select(_ => Money.LineAmount(1, 100, 60)).ToList();

        Assert.All(lines, amount => Assert.Equal(2, amount));
        Assert.Equal(2_000, lines.Sum());
    }

    [Fact]
    public void Weights_must_have_a_positive_sum() =>
        Assert.Throws<ArgumentException>(() => LargestRemainder.Split(100, [0m, 0m]));
}
