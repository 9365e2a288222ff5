using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>What the gateway itself promises: health, reflection, correlation ids.</summary>
[Collection(SuiteCollection.Name)]
public sealed class GatewayTests(SuiteFixture suite)
{
    private const string OnCallService = "intermunicipal.oncall.v1.OnCallService";

    [Fact]
    public async Task The_gateway_answers_health_for_itself_and_for_each_service()
    {
        var health = new Health.HealthClient(suite.Gateway.Anonymous);

        var gateway = await health.CheckAsync(new HealthCheckRequest(), cancellationToken: TestContext.Current.CancellationToken);
        var onCall = await health.CheckAsync(new HealthCheckRequest { Service = OnCallService }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, gateway.Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, onCall.Status);
    }

    [Fact]
    public async Task Reflection_through_the_gateway_lists_and_describes_the_suite()
    {
        var reflection = new ServerReflection.ServerReflectionClient(suite.Gateway.Anonymous);
        using var call = reflection.ServerReflectionInfo(cancellationToken: TestContext.Current.CancellationToken);

        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" }, TestContext.Current.CancellationToken);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { FileContainingSymbol = OnCallService }, TestContext.Current.CancellationToken);
        await call.RequestStream.CompleteAsync();
        var answers = new List<ServerReflectionResponse>();
        while (await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken))
        {
            answers.Add(call.ResponseStream.Current);
        }

        Assert.Contains(OnCallService, answers[0].ListServicesResponse.Service.Select(s => s.Name));
        Assert.NotEmpty(answers[1].FileDescriptorResponse.FileDescriptorProto);
    }

    [Fact]
    public async Task Reflection_v1_lists_the_suite_too()
    {
        var reflection = new Grpc.Reflection.V1.ServerReflection.ServerReflectionClient(suite.Gateway.Anonymous);
        using var call = reflection.ServerReflectionInfo(cancellationToken: TestContext.Current.CancellationToken);

        await call.RequestStream.WriteAsync(new Grpc.Reflection.V1.ServerReflectionRequest { ListServices = "" }, TestContext.Current.CancellationToken);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(TestContext.Current.CancellationToken));

        Assert.Contains(OnCallService, call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name));
    }

    [Fact]
    public async Task A_correlation_id_travels_from_the_gateway_into_the_service_s_logs()
    {
        var correlationId = "test-" + Guid.NewGuid().ToString("N");
        var headers = new Metadata { { "x-correlation-id", correlationId } };

        using var call = suite.Gateway.OnCall(TestUser.BaerumStaff).LogCallAsync(TestCalls.Valid(), headers);
        var logged = (await call.ResponseAsync).Call;

        Assert.Equal(correlationId, (await call.ResponseHeadersAsync).GetValue("x-correlation-id"));
        var line = Assert.Single(suite.OnCall.Logs.Lines, l => l.Message.Contains(logged.Name.Split('/')[^1], StringComparison.Ordinal));
        Assert.Equal(correlationId, line.Scope["CorrelationId"]);
    }

    [Fact]
    public async Task The_gateway_gives_a_correlation_id_to_a_call_that_came_without_one()
    {
        using var call = suite.Gateway.OnCall(TestUser.BaerumStaff).ListOnCallUnitsAsync(new ListOnCallUnitsRequest());
        await call.ResponseAsync;

        Assert.Matches("^[0-9a-f]{32}$", (await call.ResponseHeadersAsync).GetValue("x-correlation-id") ?? "");
    }

    [Fact]
    public async Task No_log_line_of_the_service_carries_personal_data()
    {
        var request = TestCalls.Valid();
        var staff = suite.Gateway.OnCall(TestUser.BaerumStaff);
        var call = (await staff.LogCallAsync(request)).Call;
        await staff.GetCallAsync(new GetCallRequest { Name = call.Name });
        var bad = TestCalls.Valid();
        bad.Call.Child.NationalIdentityNumber = "12345678901";
        await Assert.ThrowsAsync<RpcException>(() => staff.LogCallAsync(bad).ResponseAsync);

        var everything = string.Join('\n', suite.OnCall.Logs.Lines.Select(l => l.Message + string.Join(',', l.Scope.Values)));
        Assert.DoesNotContain(request.Call.Summary, everything);
        Assert.DoesNotContain(request.Call.Child.FullName, everything);
        Assert.DoesNotContain(request.Call.Child.NationalIdentityNumber, everything);
        Assert.DoesNotContain("12345678901", everything);
    }
}
