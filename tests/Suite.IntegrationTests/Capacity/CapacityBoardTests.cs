using Grpc.Core;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Capacity.CapacityScenario;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>The capacity board on fixed dates, its forecast of freeing slots, and the live board.</summary>
[Collection(SuiteCollection.Name)]
public sealed class CapacityBoardTests(SuiteFixture suite)
{
    private readonly CapacityScenario _s = new(suite.Gateway);

    [Fact]
    public async Task A_full_team_says_when_a_slot_is_expected_to_free_from_the_planned_end_or_the_programme_s_typical_length()
    {
        var team = await _s.TeamAsync(2);
        await StartAsync(_s.Host, await ReferAsync(_s.Host, team), new DateOnly(2026, 6, 1), plannedEnd: new DateOnly(2026, 12, 15));
        // MST-CAN's typical length is 225 days: from 2026-09-01 the slot is expected free on 2027-04-14.
        await StartAsync(_s.Host, await ReferAsync(_s.Host, team), new DateOnly(2026, 9, 1));
        await ReferAsync(_s.Host, team, Priority.High);

        var board = await _s.BoardAsync(_s.Host, team, Today);

        Assert.Equal((2, 2, 0, 1, 0), (board.Capacity, board.Occupied, board.Free, board.Waiting, board.AvailableToCaller));
        Assert.Equal([Date(2026, 12, 16), Date(2027, 4, 14)], board.OccupiedSlots.Select(o => o.ExpectedFreeDate));
        Assert.All(board.OccupiedSlots, o => Assert.False(o.Overdue));
        Assert.Equal(Date(2026, 12, 16), board.NextExpectedFreeDate);
        var later = await _s.BoardAsync(_s.Host, team, new DateOnly(2026, 12, 20));
        Assert.True(later.OccupiedSlots.Single(o => o.StartDate.Equals(Date(2026, 6, 1))).Overdue);
    }

    [Fact]
    public async Task A_team_with_a_free_slot_says_so_for_each_municipality_by_its_own_holding()
    {
        var team = await _s.TeamAsync(3);
        await _s.AllocateAsync(team, TestUser.Asker, 1, new DateOnly(2026, 1, 1));
        await StartAsync(_s.Asker, await ReferAsync(_s.Asker, team), new DateOnly(2026, 11, 1));

        var askers = await _s.BoardAsync(_s.Asker, team, Today);
        var host = await _s.BoardAsync(_s.Host, team, Today);

        Assert.Equal((2, 0), (askers.Free, askers.AvailableToCaller));
        Assert.Equal(2, host.AvailableToCaller);
        Assert.Null(host.NextExpectedFreeDate);
        Assert.Equal(Date(2027, 6, 14), askers.NextExpectedFreeDate);
    }

    [Fact]
    public async Task Without_a_team_the_board_lists_every_team_the_caller_takes_part_in()
    {
        var shared = await _s.TeamAsync(3);
        await _s.AllocateAsync(shared, TestUser.Asker, 1, new DateOnly(2026, 1, 1));
        var hostOnly = await _s.TeamAsync(3);

        var askers = (await _s.Asker.GetCapacityBoardAsync(new GetCapacityBoardRequest())).Teams.Select(t => t.Team).ToList();

        Assert.Contains(shared.Name, askers);
        Assert.DoesNotContain(hostOnly.Name, askers);
        Assert.Equal(Date(Today), (await _s.Asker.GetCapacityBoardAsync(new GetCapacityBoardRequest())).Date);
    }

    [Fact]
    public async Task The_live_board_pushes_the_board_and_again_when_it_changes()
    {
        var team = await _s.TeamAsync(2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var watch = _s.Host.WatchCapacityBoard(new WatchCapacityBoardRequest { Team = team.Name }, cancellationToken: stop.Token);

        Assert.True(await watch.ResponseStream.MoveNext(stop.Token));
        Assert.Equal(0, watch.ResponseStream.Current.Teams.Single().Waiting);
        await ReferAsync(_s.Host, team);
        Assert.True(await watch.ResponseStream.MoveNext(stop.Token));
        Assert.Equal(1, watch.ResponseStream.Current.Teams.Single().Waiting);
        await StartAsync(_s.Host, (await _s.Host.ListReferralsAsync(new ListReferralsRequest { Parent = team.Name })).Referrals.Single(), Today);
        Assert.True(await watch.ResponseStream.MoveNext(stop.Token));

        Assert.Equal((1, 0), (watch.ResponseStream.Current.Teams.Single().Occupied, watch.ResponseStream.Current.Teams.Single().Waiting));
        await stop.CancelAsync();
    }

    [Fact]
    public async Task Watching_a_team_one_does_not_take_part_in_is_refused()
    {
        var team = await _s.TeamAsync(2);
        using var watch = _s.As(TestUser.TonsbergCoordinator).WatchCapacityBoard(new WatchCapacityBoardRequest { Team = team.Name },
            cancellationToken: TestContext.Current.CancellationToken);

        var e = await Assert.ThrowsAsync<RpcException>(() => watch.ResponseStream.MoveNext(TestContext.Current.CancellationToken));

        Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
    }
}
