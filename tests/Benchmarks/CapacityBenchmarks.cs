using BenchmarkDotNet.Attributes;
using Intermunicipal.Capacity.Demo;
using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Grpc.Mapping;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Benchmarks;

/// <summary>
/// The Capacity service's in-process work per request, on the demo's MST-CAN Bærum team (ten years
/// of history as Bærum's yearly report gives it) as of 2026-11-24: judging a start (the check made
/// under the team's version on every StartTreatment), building the board, a year's billable usage
/// and a year's statistics. No gRPC, no database.
/// </summary>
[MemoryDiagnoser]
public class CapacityBenchmarks
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    private TeamRecord _team = null!;
    private ProgrammeRecord _programme = null!;
    private List<ReferralRecord> _referrals = [];
    private List<ReferralRecord> _boardReferrals = [];
    private List<TreatmentSpan> _spans = [];
    private Dictionary<string, string> _names = [];

    [GlobalSetup]
    public void Setup()
    {
        var plan = DemoTreatmentPlan.Build(Today);
        _team = plan.Teams.Single(t => t.Id == MstCanBaerum.Id);
        _programme = new ProgrammeRecord { Id = _team.ProgrammeId, DisplayName = "MST-CAN", TypicalDurationDays = 225 };
        _referrals = [.. plan.Referrals.Where(r => r.TeamId == _team.Id)];
        // What GetCapacityBoard loads: waiting referrals and treatments that can hold a slot today.
        _boardReferrals = [.. _referrals.Where(r => r.State == ReferralState.Waiting || (r.StartDate <= Today && (r.EndDate ?? Today) >= Today))];
        _spans = [.. _referrals.Select(TreatmentSpan.Of).OfType<TreatmentSpan>()];
        _names = new() { [DemoMunicipalities.Baerum] = "Bærum", [DemoMunicipalities.Asker] = "Asker" };
    }

    [Benchmark]
    public SlotRefusal? JudgeStartToday() =>
        SlotRules.WhyNotStart(TeamTerms.Of(_team), _team.FreeSlotPolicy, _spans, DemoMunicipalities.Asker, Today);

    /// <summary>A start recorded after the fact, judged on every later day another treatment started.</summary>
    [Benchmark]
    public SlotRefusal? JudgeStartBackdatedOneYear() =>
        SlotRules.WhyNotStart(TeamTerms.Of(_team), _team.FreeSlotPolicy, _spans, DemoMunicipalities.Asker, Today.AddYears(-1));

    [Benchmark]
    public object BuildBoard() =>
        BoardBuilder.Build(_team, _programme, _boardReferrals, _names, DemoMunicipalities.Asker, Today);

    [Benchmark]
    public object BillableUsageOfAYear() =>
        UsageBuilder.Build(_team, DemoMunicipalities.Asker, _referrals, new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31), Today);

    [Benchmark]
    public object StatisticsOfAYear() =>
        StatisticsBuilder.Build(_team, 2025, _referrals, _names, Today);
}
