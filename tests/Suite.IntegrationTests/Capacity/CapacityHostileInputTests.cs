using Google.Protobuf;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Grpc;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static Intermunicipal.Suite.IntegrationTests.Capacity.CapacityScenario;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>
/// Every capacity method, called many times with well-formed messages full of hostile values, as a
/// host coordinator, a partner coordinator, an admin and finance: no answer is INTERNAL or UNKNOWN,
/// and no personal data reaches the service's logs.
/// </summary>
public sealed class CapacityHostileInputTests : IAsyncLifetime
{
    private const int MessagesPerMethod = 40;
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly TestStorage _storage = TestStorage.Sqlite();
    private CapacityHost _host = null!;

    public async ValueTask InitializeAsync() =>
        _host = await CapacityHost.StartAsync(_key, _storage, new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero)));

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    public static TheoryData<string> Methods => [.. CapacityService.Descriptor.Methods.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task No_hostile_message_gets_internal_or_unknown(string methodName)
    {
        var method = CapacityService.Descriptor.FindMethodByName(methodName);
        var minter = SuiteFixture.MinterFor(_key);
        var callers = new[] { TestUser.BaerumCoordinator, TestUser.AskerCoordinator, TestUser.BaerumAdmin, TestUser.BaerumFinance }
            .Select(u => u.TokenFrom(minter)).ToArray();
        var messages = new RandomMessages(seed: 20261124 + method.Index, await RealNamesAsync(minter));

        for (var i = 0; i < MessagesPerMethod; i++)
        {
            var status = await RawGrpc.StatusAsync(_host.Address, $"/{method.Service.FullName}/{method.Name}",
                GrpcWire.Frame(messages.Next(method.InputType).ToByteArray()), callers[i % callers.Length],
                method.IsServerStreaming ? TimeSpan.FromMilliseconds(300) : null);
            Assert.Matches("^[0-9]+$", status);
            Assert.True(status is not ("2" or "13"), $"{methodName} answered {status} to message {i}");
        }
    }

    [Fact]
    public async Task No_log_line_carries_a_family_reference()
    {
        using var clients = new SuiteClients(_host.Address, SuiteFixture.MinterFor(_key));
        var scenario = new CapacityScenario(clients);
        var team = await scenario.TeamAsync(1);
        var referral = await ReferAsync(scenario.Host, team, Priority.Urgent, 11);
        await scenario.Host.GetReferralAsync(new GetReferralRequest { Name = referral.Name });
        var refused = await ReferAsync(scenario.Host, team);
        await StartAsync(scenario.Host, refused, new DateOnly(2026, 1, 2));
        await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => StartAsync(scenario.Host, referral, new DateOnly(2026, 1, 1)));

        var everything = _host.Logs.Text;

        Assert.Contains(refused.Name.Split('/')[^1], everything, StringComparison.Ordinal);
        Assert.DoesNotContain(referral.FamilyReference, everything, StringComparison.Ordinal);
    }

    /// <summary>Real teams, a referral and an allocation, so many messages get past name parsing into deeper checks.</summary>
    private async Task<IReadOnlyList<string>> RealNamesAsync(Intermunicipal.Hosting.Security.TokenMinter minter)
    {
        using var clients = new SuiteClients(_host.Address, minter);
        var scenario = new CapacityScenario(clients);
        var team = await scenario.TeamAsync(2);
        var allocation = await scenario.AllocateAsync(team, TestUser.Asker, 1, new DateOnly(2026, 1, 1));
        var referral = await ReferAsync(scenario.Asker, team);
        return [team.Name, allocation.Name, referral.Name, "programmes/mst-can", "programmes/rft"];
    }
}
