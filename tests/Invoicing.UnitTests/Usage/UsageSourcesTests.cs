using Google.Protobuf;
using Grpc.Core;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.Registry;
using CapacityV1 = Intermunicipal.Capacity.V1;
using OnCallV1 = Intermunicipal.OnCall.V1;

namespace Intermunicipal.Invoicing.UnitTests.Usage;

/// <summary>
/// What the biller does with an answer that breaks the usage contract: a municipality or team left
/// out or given twice fails the agreements that need it with a reason, never an unhandled error.
/// </summary>
public sealed class UsageSourcesTests
{
    private static readonly DateRange January = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

    [Fact]
    public async Task OnCallAnswerWithAMunicipalityTwiceIsUnavailableWithAReason()
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { OnCallUsage("0220"), OnCallUsage("0220") } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.OnCallAsync("onCallUnits/x", "0219", ["0220"], January, TestContext.Current.CancellationToken));

        Assert.Equal("OnCall answered the usage of municipality 0220 twice; run the period again", failure.Message);
    }

    [Fact]
    public async Task OnCallAnswerWithoutAMunicipalityAskedForIsUnavailableWithAReason()
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { OnCallUsage("0220") } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.OnCallAsync("onCallUnits/x", "0219", ["0220", "3201"], January, TestContext.Current.CancellationToken));

        Assert.Equal("OnCall answered without the usage of municipality 3201; run the period again", failure.Message);
    }

    [Fact]
    public async Task OnCallAnswerIsKeyedByMunicipality()
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { OnCallUsage("3201"), OnCallUsage("0220") } });

        var usage = await sources.OnCallAsync("onCallUnits/x", "0219", ["0220", "3201"], January, TestContext.Current.CancellationToken);

        Assert.Equal(["0220", "3201"], usage.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("onCallUnits/x/calls/3201-1", Assert.Single(usage["3201"]).Source);
    }

    [Fact]
    public async Task CapacityAnswerWithATeamTwiceIsUnavailableWithAReason()
    {
        var twice = new CapacityV1.BillableUsage { MunicipalityNumber = "0220", Teams = { new CapacityV1.TeamUsage { Team = "teams/mst" }, new CapacityV1.TeamUsage { Team = "teams/mst" } } };
        var sources = Sources(new CapacityV1.BatchGetBillableUsageResponse { Usages = { twice } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.CapacityAsync("0219", ["0220"], January, TestContext.Current.CancellationToken));

        Assert.Equal("Capacity answered the usage of team teams/mst twice; run the period again", failure.Message);
    }

    private static OnCallV1.BillableUsage OnCallUsage(string municipality) => new()
    {
        MunicipalityNumber = municipality,
        Items =
        {
            new OnCallV1.BillableItem
            {
                Source = $"onCallUnits/x/calls/{municipality}-1",
                Kind = OnCallV1.BillableItemKind.Call,
                OccurTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero)),
            },
        },
    };

    private static UsageSources Sources(IMessage answer)
    {
        var services = new ServiceCollection().AddUsageResilience().AddOptions().BuildServiceProvider();
        var invoker = new CannedAnswers(answer);
        var tokens = new ServiceTokens(new AuthOptions { SigningKey = Convert.ToBase64String(new byte[32]), Issuer = "test" }, TimeProvider.System, "invoicing");
        return new UsageSources(new OnCallV1.OnCallService.OnCallServiceClient(invoker), new CapacityV1.CapacityService.CapacityServiceClient(invoker),
            tokens, services.GetRequiredService<ResiliencePipelineProvider<string>>(), Options.Create(new UsageSourceOptions()));
    }

    /// <summary>Answers every unary call with the same message, as a source that breaks the contract would.</summary>
    private sealed class CannedAnswers(IMessage answer) : CallInvoker
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            new(Task.FromResult((TResponse)answer), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });

        public override TResponse BlockingUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            throw new NotSupportedException();

        public override AsyncServerStreamingCall<TResponse> AsyncServerStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            throw new NotSupportedException();

        public override AsyncClientStreamingCall<TRequest, TResponse> AsyncClientStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
            throw new NotSupportedException();

        public override AsyncDuplexStreamingCall<TRequest, TResponse> AsyncDuplexStreamingCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options) =>
            throw new NotSupportedException();
    }
}
