using Intermunicipal.Capacity.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Capacity.CapacityScenario;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>
/// A coordinator watching the live board on one instance sees changes made through another
/// instance on the same PostgreSQL database. The other instance's in-process signal cannot reach
/// the watcher, and the keep-alive push is set to an hour, so only the watcher's polling of team
/// versions can bring the change: this test fails if that polling breaks.
/// </summary>
public sealed class BoardAcrossInstancesTests : IAsyncLifetime
{
    private CapacityInstances? _instances;

    public async ValueTask InitializeAsync() =>
        _instances = await CapacityInstances.StartAsync(await TestStorage.PostgresAsync(), 2,
            "--BoardWatch:PollInterval=00:00:00.200", "--BoardWatch:KeepAlive=01:00:00");

    public async ValueTask DisposeAsync()
    {
        if (_instances is not null)
        {
            await _instances.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_change_made_on_one_instance_reaches_a_watcher_on_the_other()
    {
        var (watching, changing) = (_instances!.Clients[0], _instances.Clients[1]);
        var scenario = new CapacityScenario(changing);
        var team = await scenario.TeamAsync(capacity: 2);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        // Not a timing assertion: a guard so that broken polling fails the test instead of hanging it.
        stop.CancelAfter(TimeSpan.FromMinutes(1));
        using var watch = watching.Capacity(TestUser.BaerumCoordinator).WatchCapacityBoard(new WatchCapacityBoardRequest { Team = team.Name },
            cancellationToken: stop.Token);
        Assert.True(await watch.ResponseStream.MoveNext(stop.Token));
        Assert.Equal((0, 0), (watch.ResponseStream.Current.Teams.Single().Occupied, watch.ResponseStream.Current.Teams.Single().Waiting));

        var referral = await ReferAsync(changing.Capacity(TestUser.BaerumCoordinator), team);

        Assert.True(await watch.ResponseStream.MoveNext(stop.Token));
        Assert.Equal((0, 1), (watch.ResponseStream.Current.Teams.Single().Occupied, watch.ResponseStream.Current.Teams.Single().Waiting));
        await StartAsync(changing.Capacity(TestUser.BaerumCoordinator), referral, Today);
        Assert.True(await watch.ResponseStream.MoveNext(stop.Token));
        Assert.Equal((1, 0), (watch.ResponseStream.Current.Teams.Single().Occupied, watch.ResponseStream.Current.Teams.Single().Waiting));
        await stop.CancelAsync();
    }
}
