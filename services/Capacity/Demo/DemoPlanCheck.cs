using System.Text.RegularExpressions;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// Checks a plan against the slot rules the service enforces, day by day, and counts families and
/// children per year as the annual report does, so a test can hold the demo data to both. Pure:
/// no database, no clock.
/// </summary>
internal static partial class DemoPlanCheck
{
    /// <summary>Every broken rule in <paramref name="plan"/> as built for <paramref name="today"/>, one line each; empty when sound.</summary>
    public static IReadOnlyList<string> Problems(DemoPlan plan, DateOnly today)
    {
        var problems = new List<string>();
        var ids = plan.Teams.SelectMany(t => t.CapacityChanges.Select(c => c.Id).Concat(t.Allocations.Select(a => a.Id)))
            .Concat(plan.Referrals.Select(r => r.Id))
            .ToList();
        problems.AddRange(ids.Where(id => !CanonicalUuid().IsMatch(id)).Select(id => $"id {id} is not a lower-case canonical UUID"));
        problems.AddRange(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => $"id {g.Key} is given {g.Count()} times"));
        foreach (var team in plan.Teams)
        {
            var referrals = plan.Referrals.Where(r => r.TeamId == team.Id).ToList();
            problems.AddRange(referrals.SelectMany(r => ReferralProblems(r, today)));
            problems.AddRange(OverlappingAllocations(team));
            problems.AddRange(SlotProblems(team, referrals, today));
        }

        return problems;
    }

    /// <summary>Families and children of <paramref name="municipalityNumber"/> in treatment some day of <paramref name="year"/>; a running treatment counts through today.</summary>
    public static (int Families, int Children) InTreatment(IEnumerable<ReferralRecord> referrals, string municipalityNumber, int year, DateOnly today)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var treated = referrals
            .Where(r => r.MunicipalityNumber == municipalityNumber && r.StartDate <= last && (r.EndDate ?? today) >= first)
            .Where(r => r.State is ReferralState.Active or ReferralState.Completed or ReferralState.Discontinued)
            .ToList();
        return (treated.Count, treated.Sum(r => r.ChildAges.Count));
    }

    private static IEnumerable<string> ReferralProblems(ReferralRecord r, DateOnly today)
    {
        var ok = r.State switch
        {
            ReferralState.Waiting => r.StartDate is null && r.EndDate is null,
            ReferralState.Active => r.StartDate <= today && r.EndDate is null && r.Outcome == TreatmentOutcome.Unspecified,
            ReferralState.Completed or ReferralState.Discontinued =>
                r.StartDate <= r.EndDate && r.EndDate <= today && r.Outcome != TreatmentOutcome.Unspecified,
            _ => false,
        };
        if (!ok)
        {
            yield return $"{r.TeamId} {r.FamilyReference}: dates or outcome do not fit state {r.State}";
        }

        if (r.ChildAges.Count is < 1 or > 15 || r.ChildAges.Any(age => age is < 0 or > 25))
        {
            yield return $"{r.TeamId} {r.FamilyReference}: children outside the contract's limits";
        }
    }

    private static IEnumerable<string> OverlappingAllocations(TeamRecord team) =>
        team.Allocations
            .SelectMany(a => team.Allocations.Where(b => b.Id != a.Id && b.MunicipalityNumber == a.MunicipalityNumber
                && b.StartDate >= a.StartDate && a.Covers(b.StartDate)))
            .Select(b => $"{team.Id}: allocation {b.Id} of {b.MunicipalityNumber} overlaps another");

    /// <summary>Each day from the team's first capacity to today: no more families than capacity, each municipality participating and, under own slots only, within what it holds.</summary>
    private static IEnumerable<string> SlotProblems(TeamRecord team, IReadOnlyList<ReferralRecord> referrals, DateOnly today)
    {
        var treatments = referrals.Where(r => r.StartDate is not null).ToList();
        var changes = team.CapacityChanges.OrderBy(c => c.EffectiveDate).ToList();
        for (var day = changes[0].EffectiveDate; day <= today; day = day.AddDays(1))
        {
            var date = day;
            var capacity = changes.Last(c => c.EffectiveDate <= date).Capacity;
            var occupying = treatments.Where(t => t.StartDate <= date && (t.EndDate is not { } end || date <= end)).ToList();
            if (occupying.Count > capacity)
            {
                yield return $"{team.Id} {date}: {occupying.Count} families, capacity {capacity}";
            }

            var partnerSlots = team.Allocations.Where(a => a.Covers(date)).Sum(a => a.SlotCount);
            foreach (var municipality in occupying.GroupBy(t => t.MunicipalityNumber))
            {
                var isHost = municipality.Key == team.HostMunicipalityNumber;
                var allocations = team.Allocations.Where(a => a.MunicipalityNumber == municipality.Key && a.Covers(date)).ToList();
                var held = isHost ? capacity - partnerSlots : allocations.Sum(a => a.SlotCount);
                if (!isHost && allocations.Count == 0)
                {
                    yield return $"{team.Id} {date}: {municipality.Key} treats without participating";
                }
                else if (team.FreeSlotPolicy == FreeSlotPolicy.OwnSlotsOnly && municipality.Count() > held)
                {
                    yield return $"{team.Id} {date}: {municipality.Key} uses {municipality.Count()} of {held} own slots";
                }
            }
        }
    }

    [GeneratedRegex(@"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\z")]
    private static partial Regex CanonicalUuid();
}
