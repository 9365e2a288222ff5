using Grpc.Core;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Capacity.CapacityScenario;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>Programmes, teams, capacity by effective date and the slots partners hold.</summary>
[Collection(SuiteCollection.Name)]
public sealed class TeamAndAllocationTests(SuiteFixture suite)
{
    private readonly CapacityScenario _s = new(suite.Gateway);

    [Fact]
    public async Task Programmes_are_data_and_an_admin_can_add_one_that_teams_then_use()
    {
        var admin = _s.As(TestUser.BaerumAdmin);
        var id = "p-" + Guid.NewGuid().ToString("N")[..12];
        var request = new CreateProgrammeRequest
        {
            ProgrammeId = id,
            Programme = new Programme { DisplayName = "Trygg base", MinChildAge = 0, MaxChildAge = 12, TypicalDurationDays = 120 },
            RequestId = NewRequestId(),
        };

        var created = (await admin.CreateProgrammeAsync(request)).Programme;
        var retried = (await admin.CreateProgrammeAsync(request)).Programme;
        var team = await _s.TeamAsync(3, programme: created.Name);

        Assert.Equal(created, retried);
        Assert.Equal(created.Name, team.Programme);
        var all = await admin.ListProgrammesAsync(new ListProgrammesRequest { PageSize = 500 });
        Assert.Contains(all.Programmes, p => p.Name == "programmes/mst-can" && p.TypicalDurationDays > 0);
        Assert.Contains(all.Programmes, p => p.Name == created.Name);
        await CapacityAssert.StatusAsync(StatusCode.AlreadyExists, () => admin.CreateProgrammeAsync(new CreateProgrammeRequest
        {
            ProgrammeId = id,
            Programme = request.Programme,
            RequestId = NewRequestId(),
        }).ResponseAsync);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.Host.CreateProgrammeAsync(new CreateProgrammeRequest
        {
            ProgrammeId = "p-" + Guid.NewGuid().ToString("N")[..12],
            Programme = request.Programme,
            RequestId = NewRequestId(),
        }).ResponseAsync);
    }

    [Fact]
    public async Task Capacity_changes_by_effective_date_and_the_team_reports_today_s()
    {
        var team = await _s.TeamAsync(4);

        var raised = (await _s.Host.SetTeamCapacityAsync(new SetTeamCapacityRequest
        {
            Team = team.Name,
            EffectiveDate = Date(2026, 6, 1),
            Capacity = 6,
            RequestId = NewRequestId(),
        })).Team;
        await _s.Host.SetTeamCapacityAsync(new SetTeamCapacityRequest { Team = team.Name, EffectiveDate = Date(2027, 1, 1), Capacity = 8, RequestId = NewRequestId() });

        Assert.Equal(6, raised.CurrentCapacity);
        Assert.Equal(4, (await _s.BoardAsync(_s.Host, team, new DateOnly(2026, 5, 31))).Capacity);
        Assert.Equal(6, (await _s.BoardAsync(_s.Host, team, new DateOnly(2026, 6, 1))).Capacity);
        Assert.Equal(8, (await _s.BoardAsync(_s.Host, team, new DateOnly(2027, 1, 1))).Capacity);
        Assert.Equal(3, (await _s.Host.GetTeamAsync(new GetTeamRequest { Name = team.Name })).Team.CapacityChanges.Count);
    }

    [Fact]
    public async Task Partners_hold_their_allocation_the_host_holds_the_rest_and_nobody_holds_more_than_the_team_has()
    {
        var team = await _s.TeamAsync(8);
        await _s.AllocateAsync(team, TestUser.Asker, 3, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

        var board = await _s.BoardAsync(_s.Host, team, new DateOnly(2026, 6, 1));

        Assert.Equal((TestUser.Baerum, 5, true), (board.Municipalities[0].MunicipalityNumber, board.Municipalities[0].Held, board.Municipalities[0].Host));
        Assert.Equal(3, board.Municipalities.Single(m => m.MunicipalityNumber == TestUser.Asker).Held);
        await CapacityAssert.RefusedAsync("ALLOCATIONS_EXCEED_CAPACITY", () => _s.AllocateAsync(team, TestUser.Modum, 6, new DateOnly(2026, 6, 1)));
        await CapacityAssert.RefusedAsync("ALLOCATION_OVERLAP", () => _s.AllocateAsync(team, TestUser.Asker, 1, new DateOnly(2026, 12, 1)));
        await CapacityAssert.RefusedAsync("ALLOCATIONS_EXCEED_CAPACITY", () => _s.Host.SetTeamCapacityAsync(new SetTeamCapacityRequest
        {
            Team = team.Name,
            EffectiveDate = Date(2026, 7, 1),
            Capacity = 2,
            RequestId = NewRequestId(),
        }).ResponseAsync);
        await CapacityAssert.InvalidAsync("allocation.municipality_number", () => _s.AllocateAsync(team, TestUser.Baerum, 1, new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public async Task An_allocation_is_changed_by_ending_it_and_giving_a_new_one_from_the_next_day()
    {
        var team = await _s.TeamAsync(8);
        var first = await _s.AllocateAsync(team, TestUser.Asker, 2, new DateOnly(2025, 1, 1));

        var ended = (await _s.Host.EndAllocationAsync(new EndAllocationRequest { Name = first.Name, EndDate = Date(2025, 12, 31), RequestId = NewRequestId() })).Allocation;
        await _s.AllocateAsync(team, TestUser.Asker, 3, new DateOnly(2026, 1, 1));

        Assert.Equal(Date(2025, 12, 31), ended.EndDate);
        var allocations = (await _s.Host.ListAllocationsAsync(new ListAllocationsRequest { Parent = team.Name })).Allocations;
        Assert.Equal([2, 3], allocations.Select(a => a.SlotCount));
        Assert.Equal(2, (await _s.BoardAsync(_s.Host, team, new DateOnly(2025, 12, 31))).Municipalities.Single(m => m.MunicipalityNumber == TestUser.Asker).Held);
        Assert.Equal(3, (await _s.BoardAsync(_s.Host, team, new DateOnly(2026, 1, 1))).Municipalities.Single(m => m.MunicipalityNumber == TestUser.Asker).Held);
        await CapacityAssert.InvalidAsync("end_date", () => _s.Host.EndAllocationAsync(new EndAllocationRequest { Name = first.Name, EndDate = Date(2024, 12, 31), RequestId = NewRequestId() }).ResponseAsync);
    }

    [Fact]
    public async Task Team_requests_are_checked_field_by_field()
    {
        await CapacityAssert.InvalidAsync("team_id", () => _s.Host.CreateTeamAsync(new CreateTeamRequest
        {
            TeamId = "Not An Id",
            Team = new Team { DisplayName = "x", Programme = "programmes/mst-can", FreeSlotPolicy = FreeSlotPolicy.OwnSlotsOnly },
            InitialCapacity = 1,
            CapacityEffectiveDate = Date(2026, 1, 1),
            RequestId = NewRequestId(),
        }).ResponseAsync);
        await CapacityAssert.InvalidAsync("team.programme", () => _s.Host.CreateTeamAsync(new CreateTeamRequest
        {
            TeamId = "t-" + Guid.NewGuid().ToString("N")[..12],
            Team = new Team { DisplayName = "x", Programme = "programmes/no-such", FreeSlotPolicy = FreeSlotPolicy.OwnSlotsOnly },
            InitialCapacity = 1,
            CapacityEffectiveDate = Date(2026, 1, 1),
            RequestId = NewRequestId(),
        }).ResponseAsync);
        var team = await _s.TeamAsync(1);
        await CapacityAssert.InvalidAsync("capacity", () => _s.Host.SetTeamCapacityAsync(new SetTeamCapacityRequest
        {
            Team = team.Name,
            EffectiveDate = Date(2026, 1, 1),
            Capacity = -1,
            RequestId = NewRequestId(),
        }).ResponseAsync);
    }
}
