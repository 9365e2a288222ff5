using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Capacity.Grpc.Mapping;

/// <summary>
/// What one municipality used of one team in a period, item by item with stable ids so a biller
/// bills each day once. An open treatment counts through today, never into days not yet lived.
/// </summary>
public static class UsageBuilder
{
    public static TeamUsage Build(TeamRecord team, string municipalityNumber, IEnumerable<ReferralRecord> treatments,
        DateOnly first, DateOnly last, DateOnly today)
    {
        var usage = new TeamUsage
        {
            Team = ResourceNames.Team(team.Id),
            Programme = ResourceNames.Programme(team.ProgrammeId),
            HostMunicipalityNumber = team.HostMunicipalityNumber,
        };
        var started = treatments.Where(r => r.MunicipalityNumber == municipalityNumber && TreatmentSpan.Of(r) is not null).ToList();
        usage.TreatmentDays.AddRange(started
            .OrderBy(r => r.StartDate).ThenBy(r => ResourceNames.Referral(team.Id, r.Id), StringComparer.Ordinal)
            .Select(r => TreatmentDays(team, r, first, last, today)).OfType<TreatmentDays>());
        usage.SlotDays = usage.TreatmentDays.Sum(d => (long)d.Days);
        usage.TreatmentsStarted = started.Count(r => r.StartDate >= first && r.StartDate <= last);

        var allocations = team.Allocations.Where(a => a.MunicipalityNumber == municipalityNumber)
            .OrderBy(a => a.StartDate).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        usage.AllocationDays.AddRange(allocations.Select(a => AllocationDays(team, a, first, last)).OfType<AllocationDays>());
        usage.AllocatedSlotDays = usage.AllocationDays.Sum(a => (long)a.SlotCount * a.Days);
        usage.MaxAllocatedSlots = MostHeld(allocations, first, last);
        return usage;
    }

    private static TreatmentDays? TreatmentDays(TeamRecord team, ReferralRecord treatment, DateOnly first, DateOnly last, DateOnly today)
    {
        var start = treatment.StartDate!.Value;
        var (from, to) = (Max(start, first), Min(treatment.EndDate ?? today, last));
        return to < from ? null : new TreatmentDays
        {
            Referral = ResourceNames.Referral(team.Id, treatment.Id),
            StartDate = ProtoTime.ToDate(start),
            FirstDate = ProtoTime.ToDate(from),
            LastDate = ProtoTime.ToDate(to),
            Days = to.DayNumber - from.DayNumber + 1,
            StartedInPeriod = start >= first && start <= last,
        };
    }

    private static AllocationDays? AllocationDays(TeamRecord team, AllocationRecord allocation, DateOnly first, DateOnly last)
    {
        var (from, to) = (Max(allocation.StartDate, first), Min(allocation.EndDate ?? last, last));
        return to < from ? null : new AllocationDays
        {
            Allocation = ResourceNames.Allocation(team.Id, allocation.Id),
            SlotCount = allocation.SlotCount,
            FirstDate = ProtoTime.ToDate(from),
            LastDate = ProtoTime.ToDate(to),
            Days = to.DayNumber - from.DayNumber + 1,
        };
    }

    /// <summary>The most slots held on any day of the period: holdings only change where an allocation starts.</summary>
    private static int MostHeld(List<AllocationRecord> allocations, DateOnly first, DateOnly last) =>
        allocations.Select(a => Max(a.StartDate, first)).Where(d => d <= last).Append(first)
            .Max(day => allocations.Where(a => a.Covers(day)).Sum(a => a.SlotCount));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
