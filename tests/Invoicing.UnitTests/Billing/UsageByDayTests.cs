using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.UnitTests.Billing;

/// <summary>A period finds exactly the items with a day in it, however they were reported.</summary>
public sealed class UsageByDayTests
{
    private static readonly DateRange March = new(D(3, 1), D(3, 31));

    [Fact]
    public void Calls_on_the_edges_of_the_period_are_in_it_and_the_days_around_are_not()
    {
        var usage = new UsageByDay([Call("feb28", D(2, 28)), Call("mar1", D(3, 1)), Call("mar31", D(3, 31)), Call("apr1", D(4, 1))]);

        Assert.Equal(["mar1", "mar31"], usage.Touching(March).Select(i => i.Source));
    }

    [Fact]
    public void Items_reported_out_of_order_are_found_and_come_in_order_of_their_first_day()
    {
        var usage = new UsageByDay([Call("b", D(3, 20)), Call("x", D(5, 1)), Call("a", D(3, 2)), Call("c", D(3, 20))]);

        Assert.Equal(["a", "b", "c"], usage.Touching(March).Select(i => i.Source));
    }

    [Fact]
    public void A_treatment_that_started_before_the_period_and_runs_into_it_is_in_it()
    {
        var usage = new UsageByDay(
        [
            Treatment("long", new DateRange(D(1, 10), D(3, 5))),
            Treatment("ended", new DateRange(D(1, 1), D(2, 27))),
            Call("mar9", D(3, 9)),
            Treatment("later", new DateRange(D(4, 1), D(4, 9))),
        ]);

        Assert.Equal(["long", "mar9"], usage.Touching(March).Select(i => i.Source));
    }

    [Fact]
    public void No_usage_finds_nothing() => Assert.Empty(UsageByDay.None.Touching(March));

    private static UsageItem Call(string source, DateOnly day) => new(source, UsageUnit.Call, new DateRange(day, day), 1);

    private static UsageItem Treatment(string source, DateRange days) => new(source, UsageUnit.SlotDay, days, days.Days);

    private static DateOnly D(int month, int day) => new(2026, month, day);
}
