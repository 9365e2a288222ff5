using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.Domain;

/// <summary>A team's waiting list order: urgent, then high, then normal; within a priority, first referred first.</summary>
public static class WaitingQueue
{
    public static IReadOnlyList<ReferralRecord> Order(IEnumerable<ReferralRecord> waiting) =>
    [
        .. waiting.OrderBy(r => Rank(r.Priority)).ThenBy(r => r.CreateTime).ThenBy(r => r.Id, StringComparer.Ordinal),
    ];

    private static int Rank(Priority priority) => priority switch
    {
        Priority.Urgent => 0,
        Priority.High => 1,
        Priority.Normal => 2,
        _ => 3,
    };
}
