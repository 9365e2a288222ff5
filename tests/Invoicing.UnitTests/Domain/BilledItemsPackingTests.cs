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
        packed[0] = 3;

        Assert.Throws<InvalidDataException>(() => BilledItemsPacking.Unpack(packed));
    }

    [Fact]
    public void Sources_sharing_a_beginning_come_back_whole_and_take_less_room()
    {
        var day = new DateRange(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 1));
        BilledPart[] parts = [.. Enumerable.Range(0, 100).Select(i => new BilledPart($"onCallUnits/bvv/calls/0193a1b2-0000-7000-8000-{i:000000000000}", day, 1)),
            new("onCallUnits/bvv/calls/0193", day, 1), new("onCallUnits/bvv/calls/0193a1b2-ffff", day, 1), new("", day, 1), new("referrals/æøå-1", day, 2)];

        var packed = BilledItemsPacking.Pack(parts);

        Assert.Equal(parts, BilledItemsPacking.Unpack(packed));
        Assert.True(packed.Length < parts.Sum(p => p.Source.Length) / 2, $"{packed.Length} bytes");
    }

    [Fact]
    public void Items_packed_with_whole_sources_are_still_read()
    {
        // Layout 1, one item: "ab", 2026-01-01 (day number 739616), one day, quantity 5.
        byte[] packed = [1, 1, 2, (byte)'a', (byte)'b', 0xA0, 0x92, 0x2D, 1, 5];

        var part = Assert.Single(BilledItemsPacking.Unpack(packed));

        Assert.Equal(new BilledPart("ab", new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 1)), 5), part);
    }

    [Fact]
    public void A_source_claiming_more_than_the_one_before_it_is_refused()
    {
        byte[] packed = [2, 1, 3, 1, (byte)'x', 0xA0, 0x92, 0x2D, 1, 5];

        Assert.Throws<InvalidDataException>(() => BilledItemsPacking.Unpack(packed));
    }
}
