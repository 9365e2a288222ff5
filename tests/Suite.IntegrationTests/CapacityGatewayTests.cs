using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Yarp.ReverseProxy.Configuration;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>
/// The Capacity service behind the gateway, wired as OnCall is: its health, its reflection,
/// its route, and a cluster that does not cut a board watch that is quiet between pushes.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class CapacityGatewayTests(SuiteFixture suite)
{
    private const string CapacityServiceName = "intermunicipal.capacity.v1.CapacityService";

    /// <summary>How often the service pushes the board on a watch that has nothing new, as a keep-alive.</summary>
    private static readonly TimeSpan WatchKeepAlive = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_gateway_reports_the_capacity_service_serving()
    {
        var health = new Health.HealthClient(suite.Gateway.Anonymous);

        var capacity = await health.CheckAsync(new HealthCheckRequest { Service = CapacityServiceName }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, capacity.Status);
    }

    [Fact]
    public async Task Reflection_through_the_gateway_lists_and_describes_the_capacity_service()
    {
        var reflection = new ServerReflection.ServerReflectionClient(suite.Gateway.Anonymous);
        using var call = reflection.ServerReflectionInfo(cancellationToken: TestContext.Current.CancellationToken);

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" }, TestContext.Current.CancellationToken);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = CapacityServiceName }, TestContext.Current.CancellationToken);
        await call.RequestStream.CompleteAsync();
        var answers = new List<ServerReflectionResponse>();
        while (await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken))
        {
            answers.Add(call.ResponseStream.Current);
        }

        Assert.Contains(CapacityServiceName, answers[0].ListServicesResponse.Service.Select(s => s.Name));
        Assert.NotEmpty(answers[1].FileDescriptorResponse.FileDescriptorProto);
    }

    [Fact]
    public async Task Reflection_v1_lists_the_capacity_service_too()
    {
        var reflection = new Grpc.Reflection.V1.ServerReflection.ServerReflectionClient(suite.Gateway.Anonymous);
        using var call = reflection.ServerReflectionInfo(cancellationToken: TestContext.Current.CancellationToken);

        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1.ServerReflectionRequest { ListServices = "" }, TestContext.Current.CancellationToken);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));

        Assert.Contains(CapacityServiceName, call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name));
    }

    public static TheoryData<bool> Paths => new() { true, false };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task No_token_is_unauthenticated(bool throughGateway)
    {
        var clients = throughGateway ? suite.Gateway : suite.CapacityDirect;
        var anonymous = new CapacityService.CapacityServiceClient(clients.Anonymous);

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            anonymous.GetCapacityBoardAsync(new GetCapacityBoardRequest(), cancellationToken: TestContext.Current.CancellationToken).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    /// <summary>
    /// A valid token gets past the gateway and past the service's own token check, although the
    /// service runs on the fixture's fixed clock, not the one the token was minted by.
    /// </summary>
    [Fact]
    public async Task A_caller_with_a_token_reaches_the_capacity_service_through_the_gateway()
    {
        var coordinator = suite.Gateway.Capacity(TestUser.AskerCoordinator);

        var status = await StatusOfAsync(() => coordinator.ListProgrammesAsync(new ListProgrammesRequest()).ResponseAsync);

        // UNIMPLEMENTED is the service itself answering while its methods are still being written.
        Assert.True(status is StatusCode.OK or StatusCode.Unimplemented, status.ToString());
    }

    /// <summary>
    /// YARP cancels a proxied request after ActivityTimeout with no data in either direction, and
    /// HTTP/2 pings do not count as data; a board watch is quiet between changes except for the
    /// service's keep-alive pushes, so the cluster must wait comfortably longer than those.
    /// </summary>
    [Fact]
    public void An_idle_board_watch_outlives_several_keep_alive_intervals_at_the_gateway()
    {
        var cluster = suite.GatewayHost.Services.GetRequiredService<IProxyConfigProvider>().GetConfig()
            .Clusters.Single(c => c.ClusterId == "capacity");

        Assert.True(cluster.HttpRequest?.ActivityTimeout >= 4 * WatchKeepAlive,
            $"ActivityTimeout {cluster.HttpRequest?.ActivityTimeout} leaves too little room for a {WatchKeepAlive} keep-alive.");
    }

    private static async Task<StatusCode> StatusOfAsync(Func<Task> call)
    {
        try
        {
            await call();
            return StatusCode.OK;
        }
        catch (RpcException e)
        {
            return e.StatusCode;
        }
    }
}
