using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.UnitTests.TestData;

namespace Intermunicipal.Capacity.UnitTests;

/// <summary>Asker's usage of the team in March 2026, as billed by Bærum.</summary>
public sealed class UsageBuilderTests
{
    private static readonly DateOnly First = D(2026, 3, 1);
    private static readonly DateOnly Last = D(2026, 3, 31);

    private static TeamRecord MstCan(params AllocationRecord[] allocations) =>
        Team(FreeSlotPolicy.OwnSlotsOnly, [CapacityFrom(D(2026, 1, 1), 8)], allocations);

    private static ReferralRecord[] AskerTreatments()
    {
        var withdrawn = Waiting(6, Partner);
        withdrawn.State = ReferralState.Withdrawn;
        withdrawn.StartDate = D(2026, 3, 2);
        return
        [
            Active(2, Partner, D(2026, 3, 5)), // open: through today
            Completed(1, Partner, D(2026, 1, 15), D(2026, 3, 10)), // starts before, ends inside
            Completed(3, Partner, D(2026, 2, 1), D(2026, 2, 28)), // ends the day before
            Completed(4, Partner, D(2026, 3, 31), D(2026, 5, 1)), // starts on the last day
            Waiting(5, Partner),
            withdrawn,
        ];
    }

    private static TeamUsage March(DateOnly today, IEnumerable<ReferralRecord>? treatments = null, TeamRecord? team = null) =>
        UsageBuilder.Build(team ?? MstCan(), Partner, treatments ?? AskerTreatments(), First, Last, today);

    [Fact]
    public void Usage_names_the_team_its_programme_and_host()
    {
        var usage = March(D(2026, 4, 15));

        Assert.Equal("teams/mst-can-baerum", usage.Team);
        Assert.Equal("programmes/mst-can", usage.Programme);
        Assert.Equal(Host, usage.HostMunicipalityNumber);
    }

    [Fact]
    public void Each_treatment_counts_its_days_inside_the_period_an_open_one_through_today()
    {
        var usage = March(today: D(2026, 3, 20));

        Assert.Equal(
            [
                (Referral(1), D(2026, 1, 15), D(2026, 3, 1), D(2026, 3, 10), 10, false),
                (Referral(2), D(2026, 3, 5), D(2026, 3, 5), D(2026, 3, 20), 16, true),
                (Referral(4), D(2026, 3, 31), D(2026, 3, 31), D(2026, 3, 31), 1, true),
            ],
            usage.TreatmentDays.Select(t => (t.Referral, ToDateOnly(t.StartDate), ToDateOnly(t.FirstDate), ToDateOnly(t.LastDate), t.Days, t.StartedInPeriod)));
        Assert.Equal(27, usage.SlotDays);
        Assert.Equal(2, usage.TreatmentsStarted);
    }

    [Fact]
    public void An_open_treatment_counts_to_the_period_s_last_day_once_today_is_past_it()
    {
        var usage = March(today: D(2026, 4, 15));

        var open = usage.TreatmentDays.Single(t => t.Referral == Referral(2));
        Assert.Equal((D(2026, 3, 31), 27), (ToDateOnly(open.LastDate), open.Days));
        Assert.Equal(10 + 27 + 1, usage.SlotDays);
    }

    [Fact]
    public void Treatment_days_are_ordered_by_start_date_then_referral_name()
    {
        var treatments = new[] { Active(12, Partner, D(2026, 3, 5)), Active(11, Partner, D(2026, 3, 5)), Active(10, Partner, D(2026, 3, 9)) };

        var usage = March(D(2026, 4, 1), treatments);

        Assert.Equal([Referral(11), Referral(12), Referral(10)], usage.TreatmentDays.Select(t => t.Referral));
    }

    [Fact]
    public void Another_municipality_s_treatment_is_not_counted()
    {
        var usage = March(D(2026, 4, 1), [Active(1, Host, D(2026, 3, 1))]);

        Assert.Empty(usage.TreatmentDays);
        Assert.Equal(0, usage.SlotDays);
        Assert.Equal(0, usage.TreatmentsStarted);
    }

    [Fact]
    public void A_treatment_started_in_the_period_counts_as_started_even_without_a_day_used_yet()
    {
        var usage = March(D(2026, 3, 20), [Active(1, Partner, D(2026, 3, 25))]);

        Assert.Empty(usage.TreatmentDays);
        Assert.Equal(1, usage.TreatmentsStarted);
    }

    [Fact]
    public void Each_allocation_counts_its_days_inside_the_period_an_open_one_to_the_period_s_end()
    {
        var team = MstCan(
            Allocation(Partner, 1, D(2026, 3, 10), n: 2), // open, starts inside
            Allocation(Partner, 2, D(2026, 1, 1), D(2026, 3, 15), n: 1), // starts before, ends inside
            Allocation(Partner, 3, D(2026, 4, 1), n: 3), // after the period
            Allocation(Partner, 5, D(2025, 1, 1), D(2026, 2, 28), n: 4), // ends the day before
            Allocation(SecondPartner, 4, D(2026, 1, 1), n: 5)); // another municipality's

        var usage = March(D(2026, 4, 15), team: team);

        Assert.Equal(
            [
                (AllocationName(1), 2, D(2026, 3, 1), D(2026, 3, 15), 15),
                (AllocationName(2), 1, D(2026, 3, 10), D(2026, 3, 31), 22),
            ],
            usage.AllocationDays.Select(a => (a.Allocation, a.SlotCount, ToDateOnly(a.FirstDate), ToDateOnly(a.LastDate), a.Days)));
        Assert.Equal(2 * 15 + 1 * 22, usage.AllocatedSlotDays);
    }

    [Fact]
    public void The_most_slots_held_sums_allocations_that_overlap_on_a_day()
    {
        var team = MstCan(
            Allocation(Partner, 2, D(2026, 1, 1), D(2026, 3, 15), n: 1),
            Allocation(Partner, 1, D(2026, 3, 10), n: 2));

        Assert.Equal(3, March(D(2026, 4, 15), team: team).MaxAllocatedSlots);
    }

    [Fact]
    public void The_most_slots_held_does_not_sum_allocations_that_follow_each_other()
    {
        var team = MstCan(
            Allocation(Partner, 2, D(2026, 1, 1), D(2026, 3, 9), n: 1),
            Allocation(Partner, 1, D(2026, 3, 10), n: 2),
            Allocation(Partner, 4, D(2026, 4, 1), n: 3));

        Assert.Equal(2, March(D(2026, 4, 15), team: team).MaxAllocatedSlots);
    }

    [Fact]
    public void Without_allocations_in_the_period_nothing_is_held()
    {
        var usage = March(D(2026, 4, 15), team: MstCan(Allocation(Partner, 3, D(2026, 4, 1))));

        Assert.Empty(usage.AllocationDays);
        Assert.Equal(0, usage.AllocatedSlotDays);
        Assert.Equal(0, usage.MaxAllocatedSlots);
    }

    private static string Referral(int n) => $"teams/{TeamId}/referrals/{Id(n)}";

    private static string AllocationName(int n) => $"teams/{TeamId}/allocations/{Id(900 + n)}";

    private static DateOnly ToDateOnly(Google.Type.Date date) => new(date.Year, date.Month, date.Day);
}
