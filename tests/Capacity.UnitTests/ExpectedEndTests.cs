using Intermunicipal.Capacity.Domain;
using static Intermunicipal.Capacity.UnitTests.TestData;

namespace Intermunicipal.Capacity.UnitTests;

public sealed class ExpectedEndTests
{
    [Fact]
    public void An_ended_treatment_frees_its_slot_the_day_after_its_end_even_if_a_later_end_was_planned()
    {
        var treatment = Completed(1, Host, D(2026, 1, 10), D(2026, 6, 30));
        treatment.PlannedEndDate = D(2026, 9, 30);

        Assert.Equal(D(2026, 7, 1), ExpectedEnd.FreeDate(treatment, 180));
    }

    [Fact]
    public void An_open_treatment_with_a_planned_end_frees_the_day_after_it()
    {
        Assert.Equal(D(2027, 1, 1), ExpectedEnd.FreeDate(Active(1, Host, D(2026, 6, 1), plannedEnd: D(2026, 12, 31)), 180));
    }

    [Fact]
    public void An_open_treatment_without_a_planned_end_frees_after_the_programme_s_typical_duration()
    {
        // 155 days from 2026-01-01 is a last day of 2026-06-04, so free on 2026-06-05.
        Assert.Equal(D(2026, 6, 5), ExpectedEnd.FreeDate(Active(1, Host, D(2026, 1, 1)), 155));
        Assert.Equal(D(2026, 1, 2), ExpectedEnd.FreeDate(Active(2, Host, D(2026, 1, 1)), 1));
    }

    [Fact]
    public void A_referral_that_never_started_has_no_free_date()
    {
        Assert.Throws<ArgumentException>(() => ExpectedEnd.FreeDate(Waiting(1, Partner), 155));
    }
}
