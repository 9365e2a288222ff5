using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Domain.Pricing;

namespace Intermunicipal.Invoicing.UnitTests.Domain;

public sealed class BilledItemsPackingTests
{
    [Fact]
    public void Items_come_back_as_they_were_packed()
    {
        BilledPart[] parts =
        [
            new("onCallUnits/bvv-asker-baerum/calls/0193a1b2-0000-7000-8000-000000000001", new DateRange(new DateOnly(2025, 12, 31), new DateOnly(2025, 12, 31)), 1),
            new("referrals/æøå-1", new DateRange(new DateOnly(2024, 2, 28), new DateOnly(2024, 3, 1)), 3),
            new("onCallUnits/u/calls/c/entries/e/minutes", new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)), long.MaxValue),
        ];

        var unpacked = BilledItemsPacking.Unpack(BilledItemsPacking.Pack(parts));

        Assert.Equal(parts, unpacked);
    }

    [Fact]
    public void No_items_pack_to_no_items()
    {
        Assert.Empty(BilledItemsPacking.Unpack(BilledItemsPacking.Pack([])));
    }

    [Fact]
    public void A_layout_this_version_does_not_know_is_refused_not_misread()
    {
        var packed = BilledItemsPacking.Pack([new BilledPart("x", new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)), 1)]);
        packed[0] = 2;

        Assert.Throws<InvalidDataException>(() => BilledItemsPacking.Unpack(packed));
    }
}
