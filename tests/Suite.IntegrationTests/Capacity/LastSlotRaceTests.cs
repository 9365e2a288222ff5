using Grpc.Core;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Capacity.CapacityScenario;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>
/// Many coordinators start treatments for the last free slot at the same moment: exactly one
/// wins, every time; the others are told no slot is free and their referrals stay waiting. On
/// SQLite with one instance, and on PostgreSQL with two instances of the service on one database.
/// </summary>
public abstract class LastSlotRaceTests : IAsyncLifetime
{
    private const int Rounds = 5;
    private const int Contenders = 12;
    private CapacityInstances? _instances;

    protected abstract Task<TestStorage> CreateStorageAsync();

    protected abstract int Instances { get; }

    private IReadOnlyList<SuiteClients> Clients => _instances!.Clients;

    public async ValueTask InitializeAsync() => _instances = await CapacityInstances.StartAsync(await CreateStorageAsync(), Instances);

    public async ValueTask DisposeAsync()
    {
        if (_instances is not null)
        {
            await _instances.DisposeAsync();
        }
    }

    [Fact]
    public async Task Exactly_one_of_many_parallel_starts_takes_the_last_slot_every_time()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var scenario = new CapacityScenario(Clients[0]);
            // One slot, lent freely: Bærum and Asker coordinators all compete for it.
            var team = await scenario.TeamAsync(capacity: 1, FreeSlotPolicy.ShareFreeSlots);
            await scenario.AllocateAsync(team, TestUser.Asker, 0, new DateOnly(2026, 1, 1));
            var coordinators = Clients.SelectMany(c => new[] { c.Capacity(TestUser.BaerumCoordinator), c.Capacity(TestUser.AskerCoordinator) }).ToList();
            var referrals = new List<(CapacityService.CapacityServiceClient Client, Referral Referral)>();
            for (var i = 0; i < Contenders; i++)
            {
                var client = coordinators[i % coordinators.Count];
                referrals.Add((client, await ReferAsync(client, team)));
            }

            var outcomes = await Task.WhenAll(referrals.Select(r => StartOutcomeAsync(r.Client, r.Referral)));

            Assert.Equal(1, outcomes.Count(o => o == "OK"));
            Assert.All(outcomes.Where(o => o != "OK"), o => Assert.Equal("NO_FREE_SLOT", o));
            var board = await scenario.BoardAsync(coordinators[0], team, Today);
            Assert.Equal((1, 0, Contenders - 1), (board.Occupied, board.Free, board.Waiting));
        }
    }

    private static async Task<string> StartOutcomeAsync(CapacityService.CapacityServiceClient client, Referral referral)
    {
        try
        {
            await StartAsync(client, referral, Today);
            return "OK";
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.FailedPrecondition)
        {
            return e.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>()!.Violations.Single().Type;
        }
    }
}

public sealed class SqliteLastSlotRaceTests : LastSlotRaceTests
{
    protected override int Instances => 1;

    protected override Task<TestStorage> CreateStorageAsync() => Task.FromResult(TestStorage.Sqlite());
}

public sealed class PostgresLastSlotRaceTests : LastSlotRaceTests
{
    protected override int Instances => 2;

    protected override Task<TestStorage> CreateStorageAsync() => TestStorage.PostgresAsync();
}
