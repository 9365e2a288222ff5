using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.Grpc.Mapping;

/// <summary>A month's counts for one municipality, in stable order (by enum value or code).</summary>
public static class MonthlyStatisticsBuilder
{
    public static MonthlyStatistics Build(string unitName, string municipalityNumber, int year, int month, UsageCounter usage)
    {
        var calls = usage.CallsReceived;
        return new MonthlyStatistics
        {
            OnCallUnit = unitName,
            MunicipalityNumber = municipalityNumber,
            Year = year,
            Month = month,
            CallCount = calls.Count,
            ByReporterType =
            {
                calls.GroupBy(c => c.ReporterType).OrderBy(g => g.Key)
                    .Select(g => new ReporterTypeCount { ReporterType = g.Key, Count = g.Count() }),
            },
            ByConcernCategory =
            {
                calls.SelectMany(c => c.ConcernCategories).GroupBy(c => c).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => new CategoryCount { ConcernCategory = g.Key, Count = g.Count() }),
            },
            ByOutcome =
            {
                calls.GroupBy(c => usage.OutcomeOf(c.Id)).OrderBy(g => g.Key)
                    .Select(g => new OutcomeCount { Outcome = g.Key, Count = g.Count() }),
            },
            CallOutCount = usage.CallOuts.Count,
            CallOutMinutes = usage.CallOutMinutes,
            EmergencyDecisionCount = usage.EmergencyDecisions.Count,
        };
    }
}
