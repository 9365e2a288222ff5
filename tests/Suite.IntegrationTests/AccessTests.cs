using Grpc.Core;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>
/// Identity and access, through the gateway and straight at the service (which must not trust
/// the network): no token is UNAUTHENTICATED, the wrong municipality or role PERMISSION_DENIED.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class AccessTests(SuiteFixture suite)
{
    private readonly OnCallService.OnCallServiceClient _staff = suite.Gateway.OnCall(TestUser.BaerumStaff);

    public static TheoryData<bool> Paths => new() { true, false };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task No_token_is_unauthenticated(bool throughGateway)
    {
        var clients = throughGateway ? suite.Gateway : suite.Direct;
        var anonymous = new OnCallService.OnCallServiceClient(clients.Anonymous);

        var refused = await Assert.ThrowsAsync<RpcException>(() => anonymous.ListOnCallUnitsAsync(new ListOnCallUnitsRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_token_signed_with_another_key_is_unauthenticated(bool throughGateway)
    {
        var clients = throughGateway ? suite.Gateway : suite.Direct;
        var forged = SuiteFixture.MinterFor(Convert.ToBase64String(new byte[32])).Mint("baerum-vakt", TestUser.Baerum, ["oncall-staff"]);

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            clients.OnCallWithToken(forged).LogCallAsync(TestCalls.Valid()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Theory]
    [InlineData("", TestUser.Baerum)]
    [InlineData("baerum-vakt", "32O1")]
    [InlineData("baerum-vakt", "")]
    public async Task A_signed_token_with_unusable_claims_is_unauthenticated(string subject, string municipality)
    {
        var token = suite.Minter.Mint(subject.Length == 0 ? new string('x', 201) : subject, municipality, ["oncall-staff"]);

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            suite.Direct.OnCallWithToken(token).ListOnCallUnitsAsync(new ListOnCallUnitsRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_unauthenticated()
    {
        var expired = suite.Minter.Mint("baerum-vakt", TestUser.Baerum, ["oncall-staff"], TimeSpan.FromMinutes(-5));

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            suite.Direct.OnCallWithToken(expired).ListOnCallUnitsAsync(new ListOnCallUnitsRequest()).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Only_the_host_s_on_call_staff_log_calls(bool throughGateway)
    {
        var clients = throughGateway ? suite.Gateway : suite.Direct;
        foreach (var outsider in new[] { TestUser.AskerStaff, TestUser.BaerumCaseworker, TestUser.BaerumFinance, TestUser.ModumStaff })
        {
            var refused = await Assert.ThrowsAsync<RpcException>(() =>
                clients.OnCall(outsider).LogCallAsync(TestCalls.Valid()).ResponseAsync);
            Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        }
    }

    [Fact]
    public async Task A_caseworker_reads_calls_about_their_own_municipality_only()
    {
        var askerCall = (await _staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Asker))).Call;
        var baerumCall = (await _staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Baerum))).Call;
        var asker = suite.Gateway.OnCall(TestUser.AskerCaseworker);

        var own = (await asker.GetCallAsync(new GetCallRequest { Name = askerCall.Name })).Call;
        Assert.Equal(askerCall.Name, own.Name);
        var refused = await Assert.ThrowsAsync<RpcException>(() => asker.GetCallAsync(new GetCallRequest { Name = baerumCall.Name }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
        Assert.DoesNotContain(baerumCall.Summary, refused.Status.Detail);
    }

    [Fact]
    public async Task A_caseworker_s_list_is_limited_to_their_municipality_and_cannot_ask_for_another()
    {
        await _staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Baerum));
        var asker = suite.Gateway.OnCall(TestUser.AskerCaseworker);

        var listed = await asker.ListCallsAsync(new ListCallsRequest { Parent = TestCalls.AskerOgBaerum, PageSize = 500 });
        Assert.NotEmpty(listed.Calls);
        Assert.All(listed.Calls, c => Assert.Equal(TestUser.Asker, c.MunicipalityNumber));

        var refused = await Assert.ThrowsAsync<RpcException>(() => asker.ListCallsAsync(
            new ListCallsRequest { Parent = TestCalls.AskerOgBaerum, MunicipalityNumber = TestUser.Baerum }).ResponseAsync);
        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact]
    public async Task An_outsider_cannot_tell_whether_a_call_exists()
    {
        var missing = TestCalls.AskerOgBaerum + "/calls/" + Guid.CreateVersion7();

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            suite.Gateway.OnCall(TestUser.OsloCaseworker).GetCallAsync(new GetCallRequest { Name = missing }).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, refused.StatusCode);
    }

    [Fact]
    public void Outside_development_the_shared_signing_key_is_refused_at_start()
    {
        var started = Assert.Throws<InvalidOperationException>(() => Intermunicipal.OnCall.OnCallApp.Build(
        [
            $"--contentRoot={RepositoryPaths.Of("services/OnCall")}",
            "--environment=Production",
            $"--Auth:SigningKey={suite.SigningKey}",
        ]));

        Assert.Contains("Development only", started.Message);
    }

    [Fact]
    public async Task Outside_development_the_gateway_mints_no_tokens()
    {
        var app = Intermunicipal.Gateway.GatewayApp.Build(
        [
            $"--contentRoot={RepositoryPaths.Of("gateway")}",
            "--environment=Production",
            "--urls=http://127.0.0.1:0",
            "--Auth:Authority=https://login.example.invalid",
        ]);
        await app.StartAsync(TestContext.Current.CancellationToken);
        try
        {
            using var http = new HttpClient { DefaultRequestVersion = System.Net.HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
            var answer = await http.GetAsync(new Uri(new Uri(app.Urls.Single()), "/dev/tokens/baerum-vakt"), TestContext.Current.CancellationToken);

            Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.StatusCode);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Nobody_outside_a_unit_sees_anything_of_it()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        foreach (var outsider in new[] { TestUser.OsloCaseworker, TestUser.SigdalCaseworker, TestUser.ModumStaff, TestUser.AskerCoordinator })
        {
            var client = suite.Gateway.OnCall(outsider);
            Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
                client.GetCallAsync(new GetCallRequest { Name = call.Name }).ResponseAsync)).StatusCode);
            Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
                client.ListCallsAsync(new ListCallsRequest { Parent = TestCalls.AskerOgBaerum }).ResponseAsync)).StatusCode);
        }

        var oslo = await suite.Gateway.OnCall(TestUser.OsloCaseworker).ListOnCallUnitsAsync(new ListOnCallUnitsRequest());
        Assert.Empty(oslo.OnCallUnits);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            suite.Gateway.OnCall(TestUser.OsloCaseworker).GetOnCallUnitAsync(new GetOnCallUnitRequest { Name = TestCalls.AskerOgBaerum }).ResponseAsync)).StatusCode);
    }

    [Fact]
    public async Task Statistics_go_to_the_unit_and_each_covered_municipality_about_itself()
    {
        static GetMonthlyStatisticsRequest For(string municipality) =>
            new() { OnCallUnit = TestCalls.AskerOgBaerum, MunicipalityNumber = municipality, Year = 2026, Month = 3 };
        var asker = suite.Gateway.OnCall(TestUser.AskerCaseworker);

        await _staff.GetMonthlyStatisticsAsync(For(TestUser.Asker));
        await asker.GetMonthlyStatisticsAsync(For(TestUser.Asker));

        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            asker.GetMonthlyStatisticsAsync(For(TestUser.Baerum)).ResponseAsync)).StatusCode);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            suite.Gateway.OnCall(TestUser.SigdalCaseworker).GetMonthlyStatisticsAsync(For(TestUser.Asker)).ResponseAsync)).StatusCode);
    }

    [Fact]
    public async Task Billable_usage_goes_to_finance_of_the_host_and_of_the_billed_municipality()
    {
        var request = new GetBillableUsageRequest
        {
            OnCallUnit = TestCalls.AskerOgBaerum,
            MunicipalityNumber = TestUser.Asker,
            Period = new Intermunicipal.Common.V1.Period
            {
                StartDate = new Google.Type.Date { Year = 2026, Month = 1, Day = 1 },
                EndDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 31 },
            },
        };

        await suite.Gateway.OnCall(TestUser.BaerumFinance).GetBillableUsageAsync(request);
        await suite.Gateway.OnCall(TestUser.AskerFinance).GetBillableUsageAsync(request);
        foreach (var outsider in new[] { TestUser.BaerumStaff, TestUser.AskerCaseworker })
        {
            Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
                suite.Gateway.OnCall(outsider).GetBillableUsageAsync(request).ResponseAsync)).StatusCode);
        }

        request.MunicipalityNumber = TestUser.Baerum;
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            suite.Gateway.OnCall(TestUser.AskerFinance).GetBillableUsageAsync(request).ResponseAsync)).StatusCode);
    }

    [Fact]
    public async Task Batch_usage_is_refused_unless_the_caller_may_read_every_municipality_asked()
    {
        var request = new BatchGetBillableUsageRequest
        {
            OnCallUnit = TestCalls.AskerOgBaerum,
            MunicipalityNumbers = { TestUser.Asker, TestUser.Baerum },
            Period = new Intermunicipal.Common.V1.Period
            {
                StartDate = new Google.Type.Date { Year = 2026, Month = 1, Day = 1 },
                EndDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 31 },
            },
        };

        Assert.Equal(2, (await suite.Gateway.OnCall(TestUser.BaerumFinance).BatchGetBillableUsageAsync(request)).Usages.Count);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            suite.Gateway.OnCall(TestUser.AskerFinance).BatchGetBillableUsageAsync(request).ResponseAsync)).StatusCode);
        request.MunicipalityNumbers.Remove(TestUser.Baerum);
        Assert.Single((await suite.Gateway.OnCall(TestUser.AskerFinance).BatchGetBillableUsageAsync(request)).Usages);
    }
}
