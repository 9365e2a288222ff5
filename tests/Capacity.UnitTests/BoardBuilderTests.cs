using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.UnitTests.TestData;

namespace Intermunicipal.Capacity.UnitTests;

/// <summary>
/// The board on 2026-03-01: 8 slots, Asker holds 3 (and uses all 3), Lillestrøm's allocation
/// ended the day before but it still has a referral waiting. The programme's typical treatment is
/// 180 days.
/// </summary>
public sealed class BoardBuilderTests
{
    private static readonly DateOnly BoardDate = D(2026, 3, 1);

    private static TeamRecord MstCan(FreeSlotPolicy policy = FreeSlotPolicy.OwnSlotsOnly) =>
        Team(policy, [CapacityFrom(D(2026, 1, 1), 8)],
            Allocation(Partner, 3, D(2026, 1, 1), n: 1),
            Allocation(SecondPartner, 1, D(2026, 1, 1), D(2026, 2, 28), n: 2));

    private static ReferralRecord[] Referrals()
    {
        var withdrawn = Waiting(10, Partner);
        withdrawn.State = ReferralState.Withdrawn;
        return
        [
            Active(1, Host, D(2025, 10, 1), plannedEnd: D(2026, 3, 31)), // frees 2026-04-01
            Active(2, Host, D(2025, 9, 1)), // 180 days: frees 2026-02-28, overdue
            Completed(3, Host, D(2025, 6, 1), D(2026, 2, 28)), // ended the day before
            Active(4, Partner, D(2026, 1, 15), plannedEnd: D(2026, 7, 14)), // frees 2026-07-15
            Active(5, Partner, D(2025, 12, 1)), // 180 days: frees 2026-05-30
            Active(6, Partner, D(2026, 2, 1), plannedEnd: BoardDate), // frees 2026-03-02, last day today
            Waiting(7, Partner),
            Waiting(8, Host),
            Waiting(9, SecondPartner),
            withdrawn,
            Active(11, Host, D(2026, 3, 2)), // starts tomorrow
        ];
    }

    private static TeamBoard Board(string caller, FreeSlotPolicy policy = FreeSlotPolicy.OwnSlotsOnly) =>
        BoardBuilder.Build(MstCan(policy), Programme(180), Referrals(), Names, caller, BoardDate);

    [Fact]
    public void The_board_names_the_team_and_counts_its_slots_on_the_date()
    {
        var board = Board(Partner);

        Assert.Equal("teams/mst-can-baerum", board.Team);
        Assert.Equal("MST-CAN Bærum", board.DisplayName);
        Assert.Equal("programmes/mst-can", board.Programme);
        Assert.Equal(Host, board.HostMunicipalityNumber);
        Assert.Equal(FreeSlotPolicy.OwnSlotsOnly, board.FreeSlotPolicy);
        Assert.Equal(8, board.Capacity);
        Assert.Equal(5, board.Occupied);
        Assert.Equal(3, board.Free);
        Assert.Equal(3, board.Waiting);
    }

    [Fact]
    public void Each_municipality_shows_what_it_holds_uses_and_has_waiting_the_host_first()
    {
        var board = Board(Partner);

        Assert.Equal(
            [
                (Host, "Bærum", 5, 2, 1, true),
                (Partner, "Asker", 3, 3, 1, false),
                (SecondPartner, "Lillestrøm", 0, 0, 1, false),
            ],
            board.Municipalities.Select(m => (m.MunicipalityNumber, m.DisplayName, m.Held, m.Occupied, m.Waiting, m.Host)));
    }

    [Fact]
    public void A_municipality_without_a_known_name_shows_its_number()
    {
        var board = BoardBuilder.Build(MstCan(), Programme(180), Referrals(), new Dictionary<string, string>(), Partner, BoardDate);

        Assert.Equal([Host, Partner, SecondPartner], board.Municipalities.Select(m => m.DisplayName));
    }

    [Fact]
    public void A_partner_participating_with_nothing_in_use_or_waiting_is_listed()
    {
        var team = MstCan();
        team.Allocations.Add(Allocation(Stranger, 0, D(2026, 2, 1), n: 3));

        var board = BoardBuilder.Build(team, Programme(180), Referrals(), Names, Partner, BoardDate);

        Assert.Equal([Host, Stranger, Partner, SecondPartner], board.Municipalities.Select(m => m.MunicipalityNumber));
        Assert.Equal((0, 0, 0), board.Municipalities.Where(m => m.MunicipalityNumber == Stranger).Select(m => (m.Held, m.Occupied, m.Waiting)).Single());
    }

    [Fact]
    public void Slots_in_use_are_listed_soonest_free_first_and_overdue_once_the_free_date_has_come()
    {
        var board = Board(Partner);

        Assert.Equal(
            [
                (Host, D(2025, 9, 1), D(2026, 2, 28), true),
                (Partner, D(2026, 2, 1), D(2026, 3, 2), false),
                (Host, D(2025, 10, 1), D(2026, 4, 1), false),
                (Partner, D(2025, 12, 1), D(2026, 5, 30), false),
                (Partner, D(2026, 1, 15), D(2026, 7, 15), false),
            ],
            board.OccupiedSlots.Select(s => (s.MunicipalityNumber, ToDateOnly(s.StartDate), ToDateOnly(s.ExpectedFreeDate), s.Overdue)));
    }

    [Fact]
    public void A_slot_expected_to_free_on_the_board_date_is_overdue()
    {
        var board = BoardBuilder.Build(MstCan(), Programme(180), [Active(1, Host, D(2025, 9, 2))], Names, Host, BoardDate);

        Assert.True(Assert.Single(board.OccupiedSlots).Overdue);
    }

    [Fact]
    public void Only_the_caller_s_own_treatments_are_named()
    {
        var asker = Board(Partner);
        var baerum = Board(Host);

        Assert.Equal(["", Referral(6), "", Referral(5), Referral(4)], asker.OccupiedSlots.Select(s => s.Referral));
        Assert.Equal([Referral(2), "", Referral(1), "", ""], baerum.OccupiedSlots.Select(s => s.Referral));
    }

    [Fact]
    public void A_partner_using_all_it_holds_sees_when_its_own_next_slot_frees()
    {
        var board = Board(Partner);

        Assert.Equal(0, board.AvailableToCaller);
        Assert.Equal(D(2026, 3, 2), ToDateOnly(board.NextExpectedFreeDate));
    }

    [Fact]
    public void The_host_with_unused_slots_sees_them_available_and_no_next_date()
    {
        var board = Board(Host);

        Assert.Equal(3, board.AvailableToCaller);
        Assert.Null(board.NextExpectedFreeDate);
    }

    [Fact]
    public void Where_the_team_lends_free_slots_a_partner_using_all_it_holds_may_borrow_one()
    {
        var board = Board(Partner, FreeSlotPolicy.ShareFreeSlots);

        Assert.Equal(3, board.AvailableToCaller);
        Assert.Null(board.NextExpectedFreeDate);
    }

    [Fact]
    public void Where_the_team_lends_free_slots_and_is_full_the_next_date_is_the_soonest_of_any_slot()
    {
        var team = Team(FreeSlotPolicy.ShareFreeSlots, [CapacityFrom(D(2026, 1, 1), 2)], Allocation(Partner, 1, D(2026, 1, 1)));
        ReferralRecord[] referrals = [Active(1, Partner, D(2026, 1, 10), plannedEnd: D(2026, 5, 31)), Active(2, Host, D(2026, 2, 1), plannedEnd: D(2026, 4, 30))];

        var board = BoardBuilder.Build(team, Programme(180), referrals, Names, Partner, BoardDate);

        Assert.Equal(0, board.AvailableToCaller);
        Assert.Equal(D(2026, 5, 1), ToDateOnly(board.NextExpectedFreeDate));
    }

    [Fact]
    public void Under_own_slots_only_a_participant_holding_no_slots_gets_no_next_date()
    {
        var team = Team(FreeSlotPolicy.OwnSlotsOnly, [CapacityFrom(D(2026, 1, 1), 2)], Allocation(Partner, 0, D(2026, 1, 1)));
        ReferralRecord[] referrals = [Active(1, Host, D(2026, 2, 1), plannedEnd: D(2026, 4, 30))];

        var board = BoardBuilder.Build(team, Programme(180), referrals, Names, Partner, BoardDate);

        Assert.Equal(0, board.AvailableToCaller);
        Assert.Null(board.NextExpectedFreeDate);
    }

    [Fact]
    public void A_municipality_not_participating_on_the_date_gets_nothing_available_and_no_next_date()
    {
        var board = Board(SecondPartner, FreeSlotPolicy.ShareFreeSlots);

        Assert.Equal(0, board.AvailableToCaller);
        Assert.Null(board.NextExpectedFreeDate);
        Assert.All(board.OccupiedSlots, s => Assert.Equal("", s.Referral));
    }

    [Fact]
    public void Occupancy_beyond_a_reduced_capacity_leaves_no_free_slot_rather_than_a_negative_one()
    {
        var team = Team(FreeSlotPolicy.ShareFreeSlots, [CapacityFrom(D(2026, 1, 1), 2), CapacityFrom(D(2026, 3, 1), 1)]);
        ReferralRecord[] referrals = [Active(1, Host, D(2026, 1, 10)), Active(2, Host, D(2026, 1, 20))];

        var board = BoardBuilder.Build(team, Programme(180), referrals, Names, Host, BoardDate);

        Assert.Equal(1, board.Capacity);
        Assert.Equal(2, board.Occupied);
        Assert.Equal(0, board.Free);
        Assert.Equal(D(2026, 7, 9), ToDateOnly(board.NextExpectedFreeDate));
    }

    private static string Referral(int n) => $"teams/{TeamId}/referrals/{Id(n)}";

    private static DateOnly ToDateOnly(Google.Type.Date date) => new(date.Year, date.Month, date.Day);
}
