using Google.Protobuf;
using Grpc.Core;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Invoicing.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.Registry;
using CapacityV1 = Intermunicipal.Capacity.V1;
using OnCallV1 = Intermunicipal.OnCall.V1;

namespace Intermunicipal.Invoicing.UnitTests.Usage;

/// <summary>
/// <see cref="UsageSources"/> over a call invoker that answers each unary request as the test says:
/// OnCall and Capacity as the biller sees them, without the services. Failures the tests script are not
/// transient (retried only on UNAVAILABLE and the like), so they are final.
/// </summary>
public static class ScriptedSources
{
    public static UsageSources Answering(Func<IMessage, Task<IMessage>> answer)
    {
        var services = new ServiceCollection().AddUsageResilience().AddOptions().BuildServiceProvider();
        var invoker = new ScriptedInvoker(answer);
        var tokens = new ServiceTokens(new AuthOptions { SigningKey = Convert.ToBase64String(new byte[32]), Issuer = "test" }, new ServiceIdentityOptions(),
            new HttpClient(), TimeProvider.System, "invoicing");
        return new UsageSources(new OnCallV1.OnCallService.OnCallServiceClient(invoker), new CapacityV1.CapacityService.CapacityServiceClient(invoker),
            tokens, services.GetRequiredService<ResiliencePipelineProvider<string>>(), Options.Create(new UsageSourceOptions()));
    }

    public static UsageSources Answering(IMessage answer) => Answering(_ => Task.FromResult(answer));

    /// <summary>OnCall's usage of one municipality: a single call, received at <paramref name="received"/>.</summary>
    public static OnCallV1.BillableUsage OneCall(string municipality, string source, DateTimeOffset received) => new()
    {
        MunicipalityNumber = municipality,
        Items =
        {
            new OnCallV1.BillableItem
            {
                Source = source,
                Kind = OnCallV1.BillableItemKind.Call,
                OccurTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(received),
            },
        },
    };

    private sealed class ScriptedInvoker(Func<IMessage, Task<IMessage>> answer) : CallInvoker
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(Method<TRequest, TResponse> method, string? host, CallOptions options, TRequest request) =>
            new(Respond<TResponse>((IMessage)request, options.CancellationToken), Task.FromResult(new Metadata()), () => Status.DefaultSuccess, () => [], () => { });

        // As a gRPC client does: a call given up by its caller ends as CANCELLED.
        private async Task<TResponse> Respond<TResponse>(IMessage request, CancellationToken ct)
        {
            try
            {
                return (TResponse)await answer(request).WaitAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw new RpcException(new Status(StatusCode.Cancelled, "Call canceled by the client."));
            }
        }

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
