using Grpc.Core;
using Grpc.Health.V1;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>
/// A backend stopped and restarted behind the gateway, and per-caller rate limits. Each test
/// runs its own service and gateway, since it takes them down or limits them.
/// </summary>
public sealed class GatewayResilienceTests : IAsyncLifetime
{
    private const string OnCallService = "intermunicipal.oncall.v1.OnCallService";
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly TestStorage _storage = TestStorage.Sqlite();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task A_stopped_backend_fails_fast_as_unavailable_and_serves_again_after_restart_without_a_gateway_restart()
    {
        var onCall = await OnCallHost.StartAsync(_key, _storage);
        var port = onCall.Address.Port;
        await using var gateway = await GatewayHost.StartAsync(_key, onCall.Address);
        using var clients = new SuiteClients(gateway.Address, SuiteFixture.MinterFor(_key));
        var staff = clients.OnCall(TestUser.BaerumStaff);
        await HealthWaits.UntilServingAsync(clients, OnCallService);
        var logged = (await staff.LogCallAsync(TestCalls.Valid())).Call;

        await onCall.DisposeAsync();
        await HealthWaits.UntilNotServingAsync(clients, OnCallService);

        var refused = await Assert.ThrowsAsync<RpcException>(() => staff.GetCallAsync(new GetCallRequest { Name = logged.Name }).ResponseAsync);
        Assert.Equal(StatusCode.Unavailable, refused.StatusCode);
        var gatewayItself = await new Health.HealthClient(clients.Anonymous).CheckAsync(new HealthCheckRequest(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, gatewayItself.Status);

        await using var restarted = await OnCallHost.StartAsync(_key, _storage, port);
        await HealthWaits.UntilServingAsync(clients, OnCallService);

        var read = (await staff.GetCallAsync(new GetCallRequest { Name = logged.Name })).Call;
        Assert.Equal(logged.Summary, read.Summary);
    }

    [Fact]
    public async Task With_one_cluster_down_the_gateway_keeps_routing_to_the_others()
    {
        // A second cluster (B) is reached through a test-only route chosen by a header; the
        // suite's services each get their own cluster the same way.
        await using var storageB = TestStorage.Sqlite();
        await using var b = await OnCallHost.StartAsync(_key, storageB);
        var onCall = await OnCallHost.StartAsync(_key, _storage);
        await using var gateway = await GatewayHost.StartAsync(_key, onCall.Address, capacity: null,
            "--ReverseProxy:Routes:oncall-b:ClusterId=oncall-b",
            "--ReverseProxy:Routes:oncall-b:Order=-1",
            "--ReverseProxy:Routes:oncall-b:AuthorizationPolicy=default",
            "--ReverseProxy:Routes:oncall-b:Match:Path=/intermunicipal.oncall.v1.OnCallService/{**method}",
            "--ReverseProxy:Routes:oncall-b:Match:Headers:0:Name=x-test-cluster",
            "--ReverseProxy:Routes:oncall-b:Match:Headers:0:Values:0=b",
            "--ReverseProxy:Clusters:oncall-b:HttpRequest:Version=2",
            "--ReverseProxy:Clusters:oncall-b:HttpRequest:VersionPolicy=RequestVersionExact",
            "--ReverseProxy:Clusters:oncall-b:HealthCheck:Active:Enabled=true",
            "--ReverseProxy:Clusters:oncall-b:HealthCheck:Active:Interval=00:00:00.200",
            "--ReverseProxy:Clusters:oncall-b:HealthCheck:Active:Policy=GrpcHealth",
            "--ReverseProxy:Clusters:oncall-b:Metadata:GrpcServices=test.ClusterB",
            $"--ReverseProxy:Clusters:oncall-b:Destinations:b-1:Address={b.Address}");
        using var clients = new SuiteClients(gateway.Address, SuiteFixture.MinterFor(_key));
        var staff = clients.OnCall(TestUser.BaerumStaff);
        var toB = new Metadata { { "x-test-cluster", "b" } };
        await HealthWaits.UntilServingAsync(clients, OnCallService);
        await HealthWaits.UntilServingAsync(clients, "test.ClusterB");

        await onCall.DisposeAsync();
        await HealthWaits.UntilNotServingAsync(clients, OnCallService);

        Assert.Equal(StatusCode.Unavailable, (await Assert.ThrowsAsync<RpcException>(() =>
            staff.ListOnCallUnitsAsync(new ListOnCallUnitsRequest()).ResponseAsync)).StatusCode);
        var units = await staff.ListOnCallUnitsAsync(new ListOnCallUnitsRequest(), toB);
        Assert.NotEmpty(units.OnCallUnits);
    }

    [Fact]
    public async Task Even_the_gateway_s_own_services_are_limited_per_client_address()
    {
        await using var onCall = await OnCallHost.StartAsync(_key, _storage);
        await using var gateway = await GatewayHost.StartAsync(_key, onCall.Address, capacity: null,
            "--RateLimiting:PerAddressPermitsPerSecond=1", "--RateLimiting:PerAddressBurstLimit=3");
        using var clients = new SuiteClients(gateway.Address, SuiteFixture.MinterFor(_key));
        var health = new Health.HealthClient(clients.Anonymous);

        var outcomes = await OutcomesAsync(6, () => health.CheckAsync(new HealthCheckRequest(), cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);

        Assert.Contains(StatusCode.ResourceExhausted, outcomes);
        Assert.All(outcomes, o => Assert.True(o is StatusCode.OK or StatusCode.ResourceExhausted, o.ToString()));
    }

    [Fact]
    public async Task A_caller_over_its_limit_gets_resource_exhausted_while_others_go_on()
    {
        await using var onCall = await OnCallHost.StartAsync(_key, _storage);
        await using var gateway = await GatewayHost.StartAsync(_key, onCall.Address, capacity: null,
            "--RateLimiting:PermitsPerSecond=1", "--RateLimiting:BurstLimit=3");
        using var clients = new SuiteClients(gateway.Address, SuiteFixture.MinterFor(_key));
        var greedy = clients.OnCall(TestUser.BaerumStaff);

        var outcomes = await OutcomesAsync(6, () => greedy.ListOnCallUnitsAsync(new ListOnCallUnitsRequest()).ResponseAsync);

        Assert.Contains(StatusCode.ResourceExhausted, outcomes);
        Assert.All(outcomes, o => Assert.True(o is StatusCode.OK or StatusCode.ResourceExhausted, o.ToString()));
        await clients.OnCall(TestUser.AskerCaseworker).ListOnCallUnitsAsync(new ListOnCallUnitsRequest());
    }

    /// <summary>The status of each of <paramref name="times"/> calls made one after another.</summary>
    private static async Task<List<StatusCode>> OutcomesAsync(int times, Func<Task> call)
    {
        var outcomes = new List<StatusCode>();
        for (var i = 0; i < times; i++)
        {
            try
            {
                await call();
                outcomes.Add(StatusCode.OK);
            }
            catch (RpcException e)
            {
                outcomes.Add(e.StatusCode);
            }
        }

        return outcomes;
    }
}
