using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.Grpc.Mapping;

/// <summary>
/// One year of a team's treatments, per municipality and in total, in the shape of table 5 of
/// Bærum's yearly report. A treatment spanning years counts in each; an open one through today.
/// </summary>
public static class StatisticsBuilder
{
    public static TreatmentStatistics Build(TeamRecord team, int year, IEnumerable<ReferralRecord> referrals,
        IReadOnlyDictionary<string, string> municipalityNames, DateOnly today)
    {
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var inYear = referrals
            .Where(r => TreatmentSpan.Of(r) is { } span && span.StartDate <= last && (span.EndDate ?? today) >= first)
            .ToList();
        var statistics = new TreatmentStatistics { Team = ResourceNames.Team(team.Id), Year = year, Total = Figures(inYear, year) };
        statistics.Municipalities.AddRange(inYear
            .GroupBy(r => r.MunicipalityNumber)
            .OrderBy(g => g.Key == team.HostMunicipalityNumber ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MunicipalityTreatmentFigures
            {
                MunicipalityNumber = g.Key,
                DisplayName = municipalityNames.TryGetValue(g.Key, out var name) ? name : g.Key,
                Figures = Figures([.. g], year),
            }));
        return statistics;
    }

    private static TreatmentFigures Figures(IReadOnlyList<ReferralRecord> inYear, int year)
    {
        var started = inYear.Where(r => r.StartDate!.Value.Year == year).ToList();
        var ended = inYear.Where(r => r.EndDate?.Year == year).ToList();
        var completed = ended.Where(r => r.State == ReferralState.Completed).ToList();
        return new TreatmentFigures
        {
            FamiliesInTreatment = inYear.Count,
            ChildrenInTreatment = inYear.Sum(r => r.ChildAges.Count),
            Started = started.Count,
            Completed = completed.Count,
            Discontinued = ended.Count(r => r.State == ReferralState.Discontinued),
            AverageCompletedLengthMillidays = AverageMillis(completed.Select(r => (long)(r.EndDate!.Value.DayNumber - r.StartDate!.Value.DayNumber + 1))),
            AverageChildAgeAtStartMillis = AverageMillis(started.SelectMany(r => r.ChildAges).Select(a => (long)a)),
            EndedLivingAtHome = ended.Count(r => r.Outcome == TreatmentOutcome.LivingAtHome),
        };
    }

    /// <summary>The average in thousandths, rounded half away from zero; 0 for none.</summary>
    private static long AverageMillis(IEnumerable<long> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? 0 : (long)Math.Round(list.Sum() * 1000m / list.Count, MidpointRounding.AwayFromZero);
    }
}
