using System.Globalization;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Capacity.Demo;

/// <summary>The demo teams with their capacity, allocations and referrals, ready to store.</summary>
internal sealed record DemoPlan(IReadOnlyList<TeamRecord> Teams, IReadOnlyList<ReferralRecord> Referrals);

/// <summary>
/// Builds the demo data from nothing but today's date (Europe/Oslo): the same day gives the same
/// rows, ids included, so it can be checked without a database and a rerun finds what it wrote.
/// </summary>
internal static class DemoTreatmentPlan
{
    public const string Creator = "demo";

    public static DemoPlan Build(DateOnly today)
    {
        DemoTeam[] teams = [MstCanBaerum.Build(today), RftBaerum.Build(today), MstCanVestfold.Build(today), PmtoBaerum.Build(today)];
        var referrals = teams
            .SelectMany(team => team.Referrals.Select(r => r.AsOf(today)).OfType<DemoReferral>().Select(r => (TeamId: team.Id, Referral: r)))
            .OrderBy(x => x.Referral.CreateTime)
            .ThenBy(x => x.TeamId, StringComparer.Ordinal)
            .ToList();
        return new DemoPlan([.. teams.Select(TeamRecordOf)], [.. Numbered(referrals)]);
    }

    /// <summary>
    /// Gives each referral its family reference, numbered in referral order per municipality and
    /// year across all teams (as a case number would be), e.g. "BAR-2019-014", and an id from it.
    /// </summary>
    private static IEnumerable<ReferralRecord> Numbered(IEnumerable<(string TeamId, DemoReferral Referral)> referrals)
    {
        var serials = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (teamId, r) in referrals)
        {
            var key = $"{DemoMunicipalities.ReferencePrefix(r.MunicipalityNumber)}-{NorwegianTime.DateOf(r.CreateTime).Year}";
            var serial = serials[key] = serials.GetValueOrDefault(key) + 1;
            var reference = $"{key}-{serial.ToString("000", CultureInfo.InvariantCulture)}";
            yield return new ReferralRecord
            {
                Id = DemoIds.For($"{teamId}/referrals/{reference}"),
                TeamId = teamId,
                MunicipalityNumber = r.MunicipalityNumber,
                FamilyReference = reference,
                ChildAges = [.. r.ChildAges],
                Priority = r.Priority,
                WishedStartDate = r.WishedStartDate,
                State = r.State,
                CreateTime = r.CreateTime,
                Creator = Creator,
                StartDate = r.StartDate,
                PlannedEndDate = r.PlannedEndDate,
                EndDate = r.EndDate,
                Outcome = r.Outcome,
            };
        }
    }

    /// <summary>
    /// The team, said to be set up a month before its first capacity took effect; each capacity
    /// change and allocation recorded two weeks before it took effect.
    /// </summary>
    private static TeamRecord TeamRecordOf(DemoTeam team) => new()
    {
        Id = team.Id,
        DisplayName = team.DisplayName,
        ProgrammeId = team.ProgrammeId,
        HostMunicipalityNumber = team.HostMunicipalityNumber,
        FreeSlotPolicy = team.FreeSlotPolicy,
        CreateTime = DemoTimes.OsloUtc(DemoTimes.WorkdayOnOrBefore(team.Capacity.Min(c => c.EffectiveDate).AddDays(-31)), 9, 0),
        Creator = Creator,
        CapacityChanges =
        [
            .. team.Capacity.Select(c => new CapacityChangeRecord
            {
                Id = DemoIds.For($"{team.Id}/capacityChanges/{Iso(c.EffectiveDate)}"),
                TeamId = team.Id,
                EffectiveDate = c.EffectiveDate,
                Capacity = c.Capacity,
                CreateTime = DemoTimes.OsloUtc(DemoTimes.WorkdayOnOrBefore(c.EffectiveDate.AddDays(-14)), 10, 0),
                Creator = Creator,
            }),
        ],
        Allocations =
        [
            .. team.Allocations.Select(a => new AllocationRecord
            {
                Id = DemoIds.For($"{team.Id}/allocations/{a.MunicipalityNumber}/{Iso(a.StartDate)}"),
                TeamId = team.Id,
                MunicipalityNumber = a.MunicipalityNumber,
                SlotCount = a.SlotCount,
                StartDate = a.StartDate,
                EndDate = a.EndDate,
                CreateTime = DemoTimes.OsloUtc(DemoTimes.WorkdayOnOrBefore(a.StartDate.AddDays(-14)), 10, 30),
                Creator = Creator,
            }),
        ],
    };

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
