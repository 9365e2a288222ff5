using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.UnitTests.TestData;

namespace Intermunicipal.Capacity.UnitTests;

public sealed class TreatmentSpanTests
{
    [Fact]
    public void A_treatment_occupies_its_first_and_last_day_but_not_the_days_around_them()
    {
        var span = Span(Partner, D(2026, 3, 1), D(2026, 3, 31));

        Assert.False(span.Occupies(D(2026, 2, 28)));
        Assert.True(span.Occupies(D(2026, 3, 1)));
        Assert.True(span.Occupies(D(2026, 3, 31)));
        Assert.False(span.Occupies(D(2026, 4, 1)));
    }

    [Fact]
    public void An_open_treatment_occupies_every_day_from_its_start()
    {
        var span = Span(Partner, D(2026, 3, 1));

        Assert.False(span.Occupies(D(2026, 2, 28)));
        Assert.True(span.Occupies(D(2026, 3, 1)));
        Assert.True(span.Occupies(D(2030, 12, 31)));
    }

    [Fact]
    public void An_active_treatment_spans_from_its_start_with_no_end()
    {
        Assert.Equal(Span(Partner, D(2026, 3, 1)), TreatmentSpan.Of(Active(1, Partner, D(2026, 3, 1), plannedEnd: D(2026, 9, 1))));
    }

    [Theory]
    [InlineData(ReferralState.Completed)]
    [InlineData(ReferralState.Discontinued)]
    public void An_ended_treatment_spans_from_its_start_to_its_end(ReferralState state)
    {
        var referral = Completed(1, Host, D(2026, 1, 10), D(2026, 6, 30));
        referral.State = state;

        Assert.Equal(Span(Host, D(2026, 1, 10), D(2026, 6, 30)), TreatmentSpan.Of(referral));
    }

    [Theory]
    [InlineData(ReferralState.Waiting)]
    [InlineData(ReferralState.Withdrawn)]
    [InlineData(ReferralState.Unspecified)]
    public void A_referral_that_never_became_a_treatment_has_no_span_even_with_a_start_date(ReferralState state)
    {
        var referral = Active(1, Partner, D(2026, 3, 1));
        referral.State = state;

        Assert.Null(TreatmentSpan.Of(referral));
    }

    [Fact]
    public void An_active_referral_without_a_start_date_has_no_span()
    {
        var referral = Waiting(1, Partner);
        referral.State = ReferralState.Active;

        Assert.Null(TreatmentSpan.Of(referral));
    }
}
