using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.UnitTests.Billing;

/// <summary>What is billed is not billed again: a call once, a treatment's days in pieces that never overlap.</summary>
public sealed class BilledRangesTests
{
    [Fact]
    public void A_billed_call_is_left_out_and_an_unbilled_one_kept()
    {
        var billed = new BilledRanges([("calls/a", Days(3, 3))]);

        var unbilled = billed.Unbilled([Call("calls/a", 3), Call("calls/b", 3)]);

        Assert.Equal(["calls/b"], unbilled.Select(i => i.Source));
    }

    [Fact]
    public void A_treatment_billed_in_two_pieces_leaves_the_days_between_and_after()
    {
        var billed = new BilledRanges([("referrals/a", Days(1, 5))]);
        billed.Add("referrals/a", Days(10, 12));

        var unbilled = billed.Unbilled([new UsageItem("referrals/a", UsageUnit.SlotDay, Days(1, 20), 20)]).ToList();

        Assert.Equal([(Days(6, 9), 4L), (Days(13, 20), 8L)], unbilled.Select(i => (i.Days, i.Quantity)));
    }

    [Fact]
    public void An_allocation_billed_for_some_days_keeps_the_rest()
    {
        var billed = new BilledRanges([("allocations/a", Days(1, 15))]);

        var unbilled = billed.Unbilled([new AllocationItem("allocations/a", 2, Days(1, 31)), new AllocationItem("allocations/b", 1, Days(1, 31))]).ToList();

        Assert.Equal([("allocations/a", Days(16, 31)), ("allocations/b", Days(1, 31))], unbilled.Select(a => (a.Source, a.Days)));
    }

    private static UsageItem Call(string source, int day) => new(source, UsageUnit.Call, Days(day, day), 1);

    private static DateRange Days(int first, int last) => new(new DateOnly(2026, 3, first), new DateOnly(2026, 3, last));
}
