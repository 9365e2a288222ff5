using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Capacity.Grpc.Mapping;

/// <summary>
/// One team's board on a date: counts per municipality and, for each slot in use, when it is
/// expected to free. Referral names only for the caller's own municipality's treatments.
/// </summary>
public static class BoardBuilder
{
    /// <param name="referrals">The team's referrals; waiting ones count as waiting, started ones occupying the date as occupied.</param>
    public static TeamBoard Build(TeamRecord team, ProgrammeRecord programme, IReadOnlyCollection<ReferralRecord> referrals,
        IReadOnlyDictionary<string, string> municipalityNames, string callerMunicipalityNumber, DateOnly date)
    {
        var terms = TeamTerms.Of(team);
        var occupying = referrals.Where(r => TreatmentSpan.Of(r)?.Occupies(date) == true).ToList();
        var waiting = referrals.Where(r => r.State == ReferralState.Waiting).ToList();
        var slots = occupying.OrderBy(r => r.StartDate)
            .Select(r => Slot(team, r, programme, callerMunicipalityNumber, date))
            .OrderBy(s => s.Free).ToList();
        var spans = occupying.Select(r => TreatmentSpan.Of(r)!.Value).ToList();

        var board = new TeamBoard
        {
            Team = ResourceNames.Team(team.Id),
            DisplayName = team.DisplayName,
            Programme = ResourceNames.Programme(team.ProgrammeId),
            HostMunicipalityNumber = team.HostMunicipalityNumber,
            FreeSlotPolicy = team.FreeSlotPolicy,
            Capacity = terms.CapacityOn(date),
            Occupied = occupying.Count,
            Free = Math.Max(0, terms.CapacityOn(date) - occupying.Count),
            Waiting = waiting.Count,
            AvailableToCaller = SlotRules.AvailableOn(terms, team.FreeSlotPolicy, spans, callerMunicipalityNumber, date),
        };
        board.Municipalities.AddRange(Municipalities(terms, occupying, waiting, date)
            .Select(m => Occupancy(terms, m, occupying, waiting, municipalityNames, date)));
        board.OccupiedSlots.AddRange(slots.Select(s => s.Slot));
        if (board.AvailableToCaller == 0 && terms.ParticipatesOn(callerMunicipalityNumber, date))
        {
            board.NextExpectedFreeDate = NextFree(team, terms, slots, callerMunicipalityNumber, date);
        }

        return board;
    }

    /// <summary>The host first, then by number: every participant on the date and whoever has a treatment or referral.</summary>
    private static IEnumerable<string> Municipalities(TeamTerms terms, List<ReferralRecord> occupying, List<ReferralRecord> waiting, DateOnly date) =>
        terms.ParticipantsOn(date)
            .Concat(occupying.Concat(waiting).Select(r => r.MunicipalityNumber).Order(StringComparer.Ordinal))
            .Distinct();

    private static MunicipalityOccupancy Occupancy(TeamTerms terms, string municipality, List<ReferralRecord> occupying, List<ReferralRecord> waiting,
        IReadOnlyDictionary<string, string> names, DateOnly date) => new()
        {
            MunicipalityNumber = municipality,
            DisplayName = names.TryGetValue(municipality, out var name) ? name : municipality,
            Held = terms.HeldOn(municipality, date),
            Occupied = occupying.Count(r => r.MunicipalityNumber == municipality),
            Waiting = waiting.Count(r => r.MunicipalityNumber == municipality),
            Host = municipality == terms.HostMunicipalityNumber,
        };

    private static (OccupiedSlot Slot, DateOnly Free, string Municipality) Slot(TeamRecord team, ReferralRecord treatment, ProgrammeRecord programme,
        string caller, DateOnly date)
    {
        var free = ExpectedEnd.FreeDate(treatment, programme.TypicalDurationDays);
        return (new OccupiedSlot
        {
            MunicipalityNumber = treatment.MunicipalityNumber,
            StartDate = ProtoTime.ToDate(treatment.StartDate!.Value),
            ExpectedFreeDate = ProtoTime.ToDate(free),
            Overdue = free <= date,
            Referral = treatment.MunicipalityNumber == caller ? ResourceNames.Referral(team.Id, treatment.Id) : "",
        }, free, treatment.MunicipalityNumber);
    }

    /// <summary>
    /// The first slot expected to free that the caller could take: any, where the team lends free
    /// slots; otherwise one of its own, if it holds any.
    /// </summary>
    private static Google.Type.Date? NextFree(TeamRecord team, TeamTerms terms, List<(OccupiedSlot Slot, DateOnly Free, string Municipality)> slots,
        string caller, DateOnly date)
    {
        var helpful = SlotRules.LendsFreeSlots(team.FreeSlotPolicy) ? slots
            : terms.HeldOn(caller, date) > 0 ? slots.Where(s => s.Municipality == caller).ToList() : [];
        return helpful.Count == 0 ? null : ProtoTime.ToDate(helpful.Min(s => s.Free));
    }
}
