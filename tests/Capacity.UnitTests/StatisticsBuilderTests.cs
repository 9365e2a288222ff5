using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.UnitTests.TestData;

namespace Intermunicipal.Capacity.UnitTests;

/// <summary>Statistics of a year's treatments, as seen on 2026-06-30 unless a test says otherwise.</summary>
public sealed class StatisticsBuilderTests
{
    private static readonly DateOnly Today = D(2026, 6, 30);

    private static ReferralRecord[] Treatments()
    {
        var withdrawn = Waiting(20, Host);
        withdrawn.State = ReferralState.Withdrawn;
        return
        [
            // Bærum: one across New Year (120 days), one inside 2026 (152 days), one ended 2025-12-31 (731 days).
            Completed(1, Host, D(2025, 11, 1), D(2026, 2, 28), TreatmentOutcome.LivingAtHome, 8, 11),
            Completed(2, Host, D(2026, 1, 10), D(2026, 6, 10), TreatmentOutcome.LivingAtHome, 10),
            Completed(3, Host, D(2024, 1, 1), D(2025, 12, 31), TreatmentOutcome.PlacedOutsideHome, 7),
            // Asker: one discontinued, one open.
            Discontinued(4, Partner, D(2026, 3, 1), D(2026, 4, 30), TreatmentOutcome.PlacedOutsideHome, 12),
            Active(5, Partner, D(2026, 5, 1), null, 6, 9, 14),
            // Never treatments.
            Waiting(6, Partner),
            withdrawn,
        ];
    }

    private static TreatmentStatistics Year(int year, DateOnly? today = null, IEnumerable<ReferralRecord>? treatments = null) =>
        StatisticsBuilder.Build(Team(FreeSlotPolicy.OwnSlotsOnly, [CapacityFrom(D(2016, 1, 1), 8)]), year,
            treatments ?? Treatments(), Names, today ?? Today);

    [Fact]
    public void The_year_s_totals_count_every_treatment_with_a_day_in_it()
    {
        var statistics = Year(2026);

        Assert.Equal("teams/mst-can-baerum", statistics.Team);
        Assert.Equal(2026, statistics.Year);
        Assert.Equal(new TreatmentFigures
        {
            FamiliesInTreatment = 4,
            ChildrenInTreatment = 7,
            Started = 3,
            Completed = 2,
            Discontinued = 1,
            EndedLivingAtHome = 2,
            AverageCompletedLengthMillidays = 136_000, // (120 + 152) / 2
            AverageChildAgeAtStartMillis = 10_200, // (10 + 12 + 6 + 9 + 14) / 5
        }, statistics.Total);
    }

    [Fact]
    public void Each_municipality_with_a_treatment_in_the_year_has_its_own_figures_the_host_first()
    {
        var statistics = Year(2026);

        Assert.Equal([(Host, "Bærum"), (Partner, "Asker")], statistics.Municipalities.Select(m => (m.MunicipalityNumber, m.DisplayName)));
        Assert.Equal(new TreatmentFigures
        {
            FamiliesInTreatment = 2,
            ChildrenInTreatment = 3,
            Started = 1,
            Completed = 2,
            EndedLivingAtHome = 2,
            AverageCompletedLengthMillidays = 136_000,
            AverageChildAgeAtStartMillis = 10_000,
        }, statistics.Municipalities[0].Figures);
        Assert.Equal(new TreatmentFigures
        {
            FamiliesInTreatment = 2,
            ChildrenInTreatment = 4,
            Started = 2,
            Discontinued = 1,
            AverageChildAgeAtStartMillis = 10_250, // (12 + 6 + 9 + 14) / 4
        }, statistics.Municipalities[1].Figures);
    }

    [Fact]
    public void A_treatment_spanning_new_year_counts_in_both_years_started_in_one_and_completed_in_the_other()
    {
        var year2025 = Year(2025);

        Assert.Equal(2, year2025.Total.FamiliesInTreatment); // the one across New Year and the one ending 2025-12-31
        Assert.Equal(1, year2025.Total.Started);
        Assert.Equal(1, year2025.Total.Completed);
        Assert.Equal(731_000, year2025.Total.AverageCompletedLengthMillidays);
        Assert.Equal(9_500, year2025.Total.AverageChildAgeAtStartMillis); // (8 + 11) / 2
        Assert.Equal(0, year2025.Total.EndedLivingAtHome);
    }

    [Fact]
    public void A_treatment_ending_on_new_year_s_eve_does_not_count_in_the_next_year()
    {
        var treatments = new[] { Completed(1, Host, D(2024, 1, 1), D(2025, 12, 31)) };

        Assert.Equal(1, Year(2025, treatments: treatments).Total.FamiliesInTreatment);
        Assert.Equal(0, Year(2026, treatments: treatments).Total.FamiliesInTreatment);
        Assert.Empty(Year(2026, treatments: treatments).Municipalities);
    }

    [Fact]
    public void A_treatment_starting_on_new_year_s_day_does_not_count_in_the_year_before()
    {
        var treatments = new[] { Completed(1, Host, D(2026, 1, 1), D(2026, 3, 31)) };

        Assert.Equal(0, Year(2025, treatments: treatments).Total.FamiliesInTreatment);
        Assert.Equal(1, Year(2026, treatments: treatments).Total.Started);
    }

    [Fact]
    public void An_open_treatment_counts_through_today_but_not_in_a_later_year()
    {
        var open = new[] { Active(1, Partner, D(2025, 6, 1)) };

        Assert.Equal(0, Year(2026, today: D(2025, 12, 31), treatments: open).Total.FamiliesInTreatment);
        Assert.Equal(1, Year(2026, today: D(2026, 1, 1), treatments: open).Total.FamiliesInTreatment);
        Assert.Equal(0, Year(2027, treatments: Treatments()).Total.FamiliesInTreatment);
        Assert.Empty(Year(2027).Municipalities);
    }

    [Fact]
    public void A_year_without_treatments_has_zero_averages()
    {
        var statistics = Year(2023);

        Assert.Equal(new TreatmentFigures(), statistics.Total);
        Assert.Empty(statistics.Municipalities);
    }

    [Fact]
    public void An_average_is_rounded_to_the_nearest_thousandth()
    {
        // Lengths 10, 10 and 11 days: 31/3 = 10.333..., ages 10, 10, 12: 32/3 = 10.666...
        var treatments = new[]
        {
            Completed(1, Host, D(2026, 1, 1), D(2026, 1, 10), TreatmentOutcome.LivingAtHome, 10),
            Completed(2, Host, D(2026, 2, 1), D(2026, 2, 10), TreatmentOutcome.LivingAtHome, 10),
            Completed(3, Host, D(2026, 3, 1), D(2026, 3, 11), TreatmentOutcome.LivingAtHome, 12),
        };

        var total = Year(2026, treatments: treatments).Total;

        Assert.Equal(10_333, total.AverageCompletedLengthMillidays);
        Assert.Equal(10_667, total.AverageChildAgeAtStartMillis);
    }

    [Fact]
    public void An_average_exactly_half_way_is_rounded_away_from_zero()
    {
        // 16 children: fifteen aged 10 and one aged 7 average 157/16 = 9.8125 years.
        var treatments = new[]
        {
            Active(1, Host, D(2026, 2, 1), null, [.. Enumerable.Repeat(10, 15)]),
            Active(2, Partner, D(2026, 3, 1), null, 7),
        };

        Assert.Equal(9_813, Year(2026, treatments: treatments).Total.AverageChildAgeAtStartMillis);
    }

    [Fact]
    public void Children_of_treatments_started_in_an_earlier_year_do_not_count_in_the_average_age_at_start()
    {
        var treatments = new[] { Active(1, Host, D(2025, 12, 31), null, 17), Active(2, Host, D(2026, 1, 1), null, 7) };

        var total = Year(2026, treatments: treatments).Total;

        Assert.Equal(2, total.ChildrenInTreatment);
        Assert.Equal(7_000, total.AverageChildAgeAtStartMillis);
    }

    [Fact]
    public void Only_completed_treatments_count_in_the_average_length()
    {
        var treatments = new[]
        {
            Completed(1, Host, D(2026, 1, 1), D(2026, 1, 10)),
            Discontinued(2, Host, D(2026, 1, 1), D(2026, 3, 31)),
        };

        var total = Year(2026, treatments: treatments).Total;

        Assert.Equal(10_000, total.AverageCompletedLengthMillidays);
        Assert.Equal(1, total.Completed);
        Assert.Equal(1, total.Discontinued);
    }

    [Fact]
    public void A_discontinued_treatment_ending_with_the_children_at_home_counts_as_ended_living_at_home()
    {
        var treatments = new[] { Discontinued(1, Partner, D(2026, 1, 1), D(2026, 3, 31), TreatmentOutcome.LivingAtHome) };

        Assert.Equal(1, Year(2026, treatments: treatments).Total.EndedLivingAtHome);
        Assert.Equal(0, Year(2027, today: D(2027, 6, 1), treatments: treatments).Total.EndedLivingAtHome);
    }
}
