using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.UnitTests.TestData;

namespace Intermunicipal.Capacity.UnitTests;

public sealed class TeamTermsTests
{
    [Fact]
    public void Capacity_is_zero_before_the_first_change()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8)]);

        Assert.Equal(0, terms.CapacityOn(D(2025, 12, 31)));
    }

    [Fact]
    public void Capacity_is_the_latest_change_in_effect_on_the_date_whatever_the_input_order()
    {
        var terms = Terms([CapacityFrom(D(2026, 7, 1), 6), CapacityFrom(D(2026, 1, 1), 8), CapacityFrom(D(2027, 1, 1), 10)]);

        Assert.Equal(8, terms.CapacityOn(D(2026, 1, 1)));
        Assert.Equal(8, terms.CapacityOn(D(2026, 6, 30)));
        Assert.Equal(6, terms.CapacityOn(D(2026, 7, 1)));
        Assert.Equal(6, terms.CapacityOn(D(2026, 12, 31)));
        Assert.Equal(10, terms.CapacityOn(D(2040, 1, 1)));
    }

    [Fact]
    public void Of_two_changes_on_the_same_effective_date_the_one_recorded_last_wins()
    {
        var corrected = CapacityFrom(D(2026, 1, 1), 7, created: Utc(2026, 2, 1), id: "a");
        var first = CapacityFrom(D(2026, 1, 1), 9, created: Utc(2026, 1, 1), id: "b");

        Assert.Equal(7, Terms([corrected, first]).CapacityOn(D(2026, 3, 1)));
        Assert.Equal(7, Terms([first, corrected]).CapacityOn(D(2026, 3, 1)));
    }

    [Fact]
    public void Of_is_the_team_s_host_capacity_changes_and_allocations()
    {
        var team = Team(FreeSlotPolicy.OwnSlotsOnly, [CapacityFrom(D(2026, 1, 1), 8)], Allocation(Partner, 3, D(2026, 1, 1)));

        var terms = TeamTerms.Of(team);

        Assert.Equal(Host, terms.HostMunicipalityNumber);
        Assert.Equal(8, terms.CapacityOn(D(2026, 1, 1)));
        Assert.Equal(3, terms.AllocatedOn(Partner, D(2026, 1, 1)));
    }

    [Fact]
    public void A_municipality_s_allocations_covering_the_date_add_up_end_date_inclusive()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8)],
            Allocation(Partner, 2, D(2026, 1, 1), D(2026, 6, 30), n: 1),
            Allocation(Partner, 1, D(2026, 3, 1), n: 2),
            Allocation(SecondPartner, 4, D(2026, 1, 1), n: 3));

        Assert.Equal(2, terms.AllocatedOn(Partner, D(2026, 2, 28)));
        Assert.Equal(3, terms.AllocatedOn(Partner, D(2026, 6, 30)));
        Assert.Equal(1, terms.AllocatedOn(Partner, D(2026, 7, 1)));
        Assert.Equal(0, terms.AllocatedOn(Partner, D(2025, 12, 31)));
    }

    [Fact]
    public void Partner_slots_are_summed_over_every_partner_covering_the_date()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8)],
            Allocation(Partner, 2, D(2026, 1, 1), D(2026, 6, 30), n: 1),
            Allocation(SecondPartner, 3, D(2026, 4, 1), n: 2));

        Assert.Equal(2, terms.PartnerSlotsOn(D(2026, 3, 31)));
        Assert.Equal(5, terms.PartnerSlotsOn(D(2026, 4, 1)));
        Assert.Equal(3, terms.PartnerSlotsOn(D(2026, 7, 1)));
    }

    [Fact]
    public void The_host_holds_what_no_partner_holds_and_a_partner_its_allocation()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8)],
            Allocation(Partner, 3, D(2026, 1, 1), n: 1),
            Allocation(SecondPartner, 1, D(2026, 5, 1), n: 2));

        Assert.Equal(5, terms.HeldOn(Host, D(2026, 4, 30)));
        Assert.Equal(4, terms.HeldOn(Host, D(2026, 5, 1)));
        Assert.Equal(3, terms.HeldOn(Partner, D(2026, 5, 1)));
        Assert.Equal(1, terms.HeldOn(SecondPartner, D(2026, 5, 1)));
        Assert.Equal(0, terms.HeldOn(Stranger, D(2026, 5, 1)));
    }

    [Fact]
    public void The_host_holds_nothing_rather_than_less_than_nothing_when_partners_hold_more_than_the_capacity()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8), CapacityFrom(D(2026, 7, 1), 4)], Allocation(Partner, 6, D(2026, 1, 1)));

        Assert.Equal(2, terms.HeldOn(Host, D(2026, 6, 30)));
        Assert.Equal(0, terms.HeldOn(Host, D(2026, 7, 1)));
        Assert.Equal(6, terms.HeldOn(Partner, D(2026, 7, 1)));
    }

    [Fact]
    public void The_host_and_anyone_who_ever_held_an_allocation_are_participants()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8)],
            Allocation(Partner, 3, D(2024, 1, 1), D(2024, 12, 31), n: 1),
            Allocation(SecondPartner, 0, D(2026, 1, 1), n: 2));

        Assert.True(terms.IsParticipant(Host));
        Assert.True(terms.IsParticipant(Partner));
        Assert.True(terms.IsParticipant(SecondPartner));
        Assert.False(terms.IsParticipant(Stranger));
    }

    [Fact]
    public void A_partner_participates_only_on_days_an_allocation_covers_even_one_of_zero_slots()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8)],
            Allocation(Partner, 3, D(2026, 1, 1), D(2026, 6, 30), n: 1),
            Allocation(SecondPartner, 0, D(2026, 1, 1), n: 2));

        Assert.False(terms.ParticipatesOn(Partner, D(2025, 12, 31)));
        Assert.True(terms.ParticipatesOn(Partner, D(2026, 1, 1)));
        Assert.True(terms.ParticipatesOn(Partner, D(2026, 6, 30)));
        Assert.False(terms.ParticipatesOn(Partner, D(2026, 7, 1)));
        Assert.True(terms.ParticipatesOn(SecondPartner, D(2026, 7, 1)));
        Assert.False(terms.ParticipatesOn(Stranger, D(2026, 7, 1)));
    }

    [Fact]
    public void The_host_participates_on_any_date_even_before_the_team_has_capacity()
    {
        Assert.True(Terms([CapacityFrom(D(2026, 1, 1), 8)]).ParticipatesOn(Host, D(2020, 1, 1)));
    }

    [Fact]
    public void Participants_on_a_date_are_the_host_then_covering_partners_by_number_once_each()
    {
        var terms = Terms([CapacityFrom(D(2026, 1, 1), 8)],
            Allocation(SecondPartner, 1, D(2026, 1, 1), n: 1),
            Allocation(Partner, 1, D(2026, 1, 1), n: 2),
            Allocation(Partner, 2, D(2026, 3, 1), n: 3),
            Allocation(Stranger, 1, D(2025, 1, 1), D(2025, 12, 31), n: 4));

        Assert.Equal([Host, Partner, SecondPartner], terms.ParticipantsOn(D(2026, 3, 1)));
        Assert.Equal([Host, Stranger], terms.ParticipantsOn(D(2025, 6, 1)));
    }
}
