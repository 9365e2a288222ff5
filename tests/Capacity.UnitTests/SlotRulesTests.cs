using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.UnitTests.TestData;

namespace Intermunicipal.Capacity.UnitTests;

/// <summary>
/// WhyNotStart: a slot is never given twice. The team has 8 slots from 2026-01-01; Asker (the
/// partner) holds 3 of them, Bærum (the host) the other 5.
/// </summary>
public sealed class SlotRulesTests
{
    private static readonly DateOnly March1 = D(2026, 3, 1);

    private static TeamTerms EightSlotsAskerHoldsThree(params AllocationRecord[] more) =>
        Terms([CapacityFrom(D(2026, 1, 1), 8)], [Allocation(Partner, 3, D(2026, 1, 1), n: 1), .. more]);

    private static TreatmentSpan[] Open(string municipality, int count, DateOnly start) =>
        [.. Enumerable.Repeat(Span(municipality, start), count)];

    [Theory]
    [InlineData(FreeSlotPolicy.OwnSlotsOnly)]
    [InlineData(FreeSlotPolicy.ShareFreeSlots)]
    [InlineData(FreeSlotPolicy.Unspecified)]
    public void A_participant_with_an_own_free_slot_may_start(FreeSlotPolicy policy)
    {
        var others = Open(Host, 4, D(2026, 1, 10)).Concat(Open(Partner, 2, D(2026, 1, 10)));

        Assert.Null(SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), policy, others, Partner, March1));
        Assert.Null(SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), policy, others, Host, March1));
    }

    [Fact]
    public void A_municipality_without_an_allocation_is_refused_as_not_participating()
    {
        var refusal = SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), FreeSlotPolicy.ShareFreeSlots, [], Stranger, March1);

        Assert.Equal(new SlotRefusal(SlotRules.NotParticipating, March1,
            "Municipality 0301 holds no allocation in this team on 2026-03-01."), refusal);
    }

    [Fact]
    public void A_partner_whose_allocation_ended_the_day_before_is_refused_as_not_participating()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8)], Allocation(Partner, 3, D(2026, 1, 1), D(2026, 2, 28)));

        Assert.Equal(SlotRules.NotParticipating,
            SlotRules.WhyNotStart(terms, FreeSlotPolicy.ShareFreeSlots, [], Partner, March1)?.Reason);
        Assert.Null(SlotRules.WhyNotStart(terms, FreeSlotPolicy.ShareFreeSlots, [], Partner, D(2026, 2, 28)));
    }

    [Fact]
    public void Not_participating_is_reported_before_a_full_team()
    {
        var full = Open(Host, 8, D(2026, 1, 10));

        Assert.Equal(SlotRules.NotParticipating,
            SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), FreeSlotPolicy.ShareFreeSlots, full, Stranger, March1)?.Reason);
    }

    [Theory]
    [InlineData(FreeSlotPolicy.OwnSlotsOnly)]
    [InlineData(FreeSlotPolicy.ShareFreeSlots)]
    public void When_every_slot_is_in_use_nobody_may_start_not_even_into_a_slot_it_holds(FreeSlotPolicy policy)
    {
        // Asker borrowed one of Bærum's slots earlier: Bærum uses only 4 of its 5, yet all 8 are in use.
        var full = Open(Host, 4, D(2026, 1, 10)).Concat(Open(Partner, 4, D(2026, 1, 10)));

        var refusal = SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), policy, full, Host, March1);

        Assert.Equal(new SlotRefusal(SlotRules.NoFreeSlot, March1, "All 8 slots are in use on 2026-03-01."), refusal);
    }

    [Fact]
    public void A_team_without_capacity_has_no_free_slot()
    {
        var refusal = SlotRules.WhyNotStart(Terms([CapacityFrom(D(2026, 6, 1), 8)]), FreeSlotPolicy.ShareFreeSlots, [], Host, March1);

        Assert.Equal(new SlotRefusal(SlotRules.NoFreeSlot, March1, "The team has no slots on 2026-03-01."), refusal);
    }

    [Fact]
    public void A_partner_using_all_it_holds_is_refused_its_own_slot_when_the_team_does_not_lend()
    {
        var others = Open(Partner, 3, D(2026, 1, 10));

        var refusal = SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), FreeSlotPolicy.OwnSlotsOnly, others, Partner, March1);

        Assert.Equal(new SlotRefusal(SlotRules.NoOwnSlot, March1,
            "Municipality 3203 holds 3 slots on 2026-03-01 and uses all 3; the team does not lend free slots."), refusal);
    }

    [Fact]
    public void A_partner_using_all_it_holds_may_borrow_a_free_slot_when_the_team_shares_them()
    {
        var others = Open(Partner, 3, D(2026, 1, 10));

        Assert.Null(SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), FreeSlotPolicy.ShareFreeSlots, others, Partner, March1));
    }

    [Fact]
    public void An_unspecified_policy_does_not_lend_free_slots()
    {
        var others = Open(Partner, 3, D(2026, 1, 10));

        Assert.Equal(SlotRules.NoOwnSlot,
            SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), FreeSlotPolicy.Unspecified, others, Partner, March1)?.Reason);
    }

    [Fact]
    public void The_host_may_not_take_a_partner_s_unused_slots_when_the_team_does_not_lend()
    {
        var others = Open(Host, 5, D(2026, 1, 10));

        var refusal = SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), FreeSlotPolicy.OwnSlotsOnly, others, Host, March1);

        Assert.Equal(new SlotRefusal(SlotRules.NoOwnSlot, March1,
            "Municipality 3201 holds 5 slots on 2026-03-01 and uses all 5; the team does not lend free slots."), refusal);
        Assert.Null(SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), FreeSlotPolicy.ShareFreeSlots, others, Host, March1));
    }

    [Fact]
    public void A_participant_holding_zero_slots_may_only_borrow()
    {
        var terms = EightSlotsAskerHoldsThree(Allocation(SecondPartner, 0, D(2026, 1, 1), n: 2));

        Assert.Null(SlotRules.WhyNotStart(terms, FreeSlotPolicy.ShareFreeSlots, [], SecondPartner, March1));
        Assert.Equal(new SlotRefusal(SlotRules.NoOwnSlot, March1,
                "Municipality 3205 holds no slots on 2026-03-01; the team does not lend free slots."),
            SlotRules.WhyNotStart(terms, FreeSlotPolicy.OwnSlotsOnly, [], SecondPartner, March1));
    }

    [Fact]
    public void Other_municipalities_treatments_do_not_use_up_a_partner_s_own_slots()
    {
        var others = Open(Host, 5, D(2026, 1, 10));

        Assert.Null(SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), FreeSlotPolicy.OwnSlotsOnly, others, Partner, March1));
    }

    [Fact]
    public void A_slot_frees_the_day_after_the_end_date_not_on_it()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 1)]);
        var ended = new[] { Span(Host, D(2026, 1, 10), D(2026, 2, 28)) };

        var onEndDate = SlotRules.WhyNotStart(terms, FreeSlotPolicy.ShareFreeSlots, ended, Host, D(2026, 2, 28));

        Assert.Equal(new SlotRefusal(SlotRules.NoFreeSlot, D(2026, 2, 28), "The team's only slot is in use on 2026-02-28."), onEndDate);
        Assert.Null(SlotRules.WhyNotStart(terms, FreeSlotPolicy.ShareFreeSlots, ended, Host, March1));
    }

    [Fact]
    public void A_back_dated_start_is_refused_where_a_treatment_started_since_filled_the_last_slot()
    {
        // On 2026-02-01 one of two slots is free, but a treatment started on 2026-03-01 has taken
        // it since: starting back-dated to 2026-02-01 would give that slot twice from March on.
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 2)]);
        var others = new[] { Span(Host, D(2026, 1, 10)), Span(Host, March1) };

        var refusal = SlotRules.WhyNotStart(terms, FreeSlotPolicy.ShareFreeSlots, others, Host, D(2026, 2, 1));

        Assert.Equal(new SlotRefusal(SlotRules.NoFreeSlot, March1, "All 2 slots are in use on 2026-03-01."), refusal);
    }

    [Fact]
    public void A_back_dated_start_fits_when_the_treatment_started_since_ended_before_the_other_started()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 2)]);
        var others = new[] { Span(Host, D(2026, 1, 10), D(2026, 2, 28)), Span(Host, March1) };

        Assert.Null(SlotRules.WhyNotStart(terms, FreeSlotPolicy.ShareFreeSlots, others, Host, D(2026, 2, 1)));
    }

    [Fact]
    public void A_back_dated_start_is_checked_against_the_capacity_on_each_later_start()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 2), CapacityFrom(D(2026, 3, 1), 1)]);
        var others = new[] { Span(Host, D(2026, 3, 10)) };

        var refusal = SlotRules.WhyNotStart(terms, FreeSlotPolicy.ShareFreeSlots, others, Host, D(2026, 2, 1));

        Assert.Equal(new SlotRefusal(SlotRules.NoFreeSlot, D(2026, 3, 10), "The team's only slot is in use on 2026-03-10."), refusal);
    }

    [Fact]
    public void A_back_dated_start_is_refused_where_the_partner_s_own_slots_filled_up_since()
    {
        var others = new[] { Span(Partner, D(2026, 1, 10)), Span(Partner, D(2026, 1, 20)), Span(Partner, D(2026, 2, 15)) };

        var refusal = SlotRules.WhyNotStart(EightSlotsAskerHoldsThree(), FreeSlotPolicy.OwnSlotsOnly, others, Partner, D(2026, 2, 1));

        Assert.Equal(SlotRules.NoOwnSlot, refusal?.Reason);
        Assert.Equal(D(2026, 2, 15), refusal?.Date);
    }

    [Fact]
    public void The_first_refusal_by_date_is_returned_whatever_the_order_of_the_other_treatments()
    {
        // Capacity 3, Asker holds 1: Asker's own slot fills on 02-01, the team on 03-01.
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 3)], Allocation(Partner, 1, D(2026, 1, 1)));
        var others = new[] { Span(Host, March1), Span(Host, March1), Span(Partner, D(2026, 2, 1)) };

        var refusal = SlotRules.WhyNotStart(terms, FreeSlotPolicy.OwnSlotsOnly, others, Partner, D(2026, 1, 15));

        Assert.Equal(SlotRules.NoOwnSlot, refusal?.Reason);
        Assert.Equal(D(2026, 2, 1), refusal?.Date);
    }

    [Fact]
    public void Treatments_that_started_before_the_start_date_count_on_the_start_date()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 2)]);
        var others = new[] { Span(Host, D(2026, 1, 10)), Span(Partner, D(2026, 1, 20)) };

        Assert.Equal(SlotRules.NoFreeSlot, SlotRules.WhyNotStart(terms, FreeSlotPolicy.ShareFreeSlots, others, Host, March1)?.Reason);
    }

    [Fact]
    public void Nothing_is_available_to_a_municipality_not_participating_even_with_free_slots()
    {
        Assert.Equal(0, SlotRules.AvailableOn(EightSlotsAskerHoldsThree(), FreeSlotPolicy.ShareFreeSlots, [], Stranger, March1));
    }

    [Fact]
    public void Where_free_slots_are_lent_every_free_slot_is_available()
    {
        var treatments = Open(Partner, 3, D(2026, 1, 10)).Concat(Open(Host, 2, D(2026, 1, 10)));

        Assert.Equal(3, SlotRules.AvailableOn(EightSlotsAskerHoldsThree(), FreeSlotPolicy.ShareFreeSlots, treatments, Partner, March1));
    }

    [Theory]
    [InlineData(FreeSlotPolicy.OwnSlotsOnly)]
    [InlineData(FreeSlotPolicy.Unspecified)]
    public void Under_own_slots_only_what_is_available_is_what_is_held_and_unused(FreeSlotPolicy policy)
    {
        var treatments = Open(Partner, 2, D(2026, 1, 10)).Concat(Open(Host, 2, D(2026, 1, 10)));

        Assert.Equal(1, SlotRules.AvailableOn(EightSlotsAskerHoldsThree(), policy, treatments, Partner, March1));
        Assert.Equal(3, SlotRules.AvailableOn(EightSlotsAskerHoldsThree(), policy, treatments, Host, March1));
    }

    [Fact]
    public void Under_own_slots_only_unused_held_slots_are_limited_by_the_team_s_free_slots()
    {
        // Asker uses 5 (2 more than it holds, borrowed under an earlier policy); Bærum uses 2 of its 5.
        var treatments = Open(Partner, 5, D(2026, 1, 10)).Concat(Open(Host, 2, D(2026, 1, 10)));

        Assert.Equal(1, SlotRules.AvailableOn(EightSlotsAskerHoldsThree(), FreeSlotPolicy.OwnSlotsOnly, treatments, Host, March1));
        Assert.Equal(0, SlotRules.AvailableOn(EightSlotsAskerHoldsThree(), FreeSlotPolicy.OwnSlotsOnly, treatments, Partner, March1));
    }

    [Fact]
    public void Availability_is_never_negative_when_more_slots_are_used_than_the_capacity()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8), CapacityFrom(D(2026, 3, 1), 4)]);
        var treatments = Open(Host, 6, D(2026, 1, 10));

        Assert.Equal(0, SlotRules.AvailableOn(terms, FreeSlotPolicy.ShareFreeSlots, treatments, Host, March1));
    }

    [Fact]
    public void A_treatment_ended_the_day_before_leaves_its_slot_available()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 1)]);
        var ended = new[] { Span(Host, D(2026, 1, 10), D(2026, 2, 28)) };

        Assert.Equal(0, SlotRules.AvailableOn(terms, FreeSlotPolicy.ShareFreeSlots, ended, Host, D(2026, 2, 28)));
        Assert.Equal(1, SlotRules.AvailableOn(terms, FreeSlotPolicy.ShareFreeSlots, ended, Host, March1));
    }
}
