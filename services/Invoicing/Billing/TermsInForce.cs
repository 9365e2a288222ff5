using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Billing;

/// <summary>One version of an agreement with the days it is in force and its price index.</summary>
public sealed record TermsInForce(AgreementVersion Terms, DateRange Validity)
{
    /// <summary>Open-ended versions run to this day, far beyond any billing.</summary>
    private static readonly DateOnly Open = new(9999, 12, 31);

    public PriceIndex Index { get; } = new(Terms.PriceBaseYear, Terms.PriceIndex.ToDictionary(i => i.Year, i => i.BasisPoints));

    public static IReadOnlyList<TermsInForce> Of(Agreement agreement) =>
        [.. agreement.Versions.OrderBy(v => v.Version).Select(v => new TermsInForce(v, new DateRange(Day(v.ValidFrom), v.ValidTo is null ? Open : Day(v.ValidTo))))];

    /// <summary>Every calendar billing period, by each version's frequency, that has a day in force and ends by <paramref name="last"/>.</summary>
    public static IReadOnlyList<DateRange> BillingPeriodsUntil(IReadOnlyList<TermsInForce> versions, DateOnly last) =>
        [.. versions
            .Where(v => v.Validity.First <= last)
            .SelectMany(v => BillingPeriods.Overlapping(v.Terms.BillingFrequency, new DateRange(v.Validity.First, v.Validity.Last < last ? v.Validity.Last : last)))
            .Where(p => p.Last <= last)
            .DistinctBy(p => p.First)
            .OrderBy(p => p.First)];

    private static DateOnly Day(Google.Type.Date date) => new(date.Year, date.Month, date.Day);
}
