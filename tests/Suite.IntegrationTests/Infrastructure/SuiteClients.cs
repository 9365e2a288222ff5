using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>Generated gRPC clients on one channel, each acting as a given user.</summary>
public sealed class SuiteClients(Uri address, TokenMinter minter) : IDisposable
{
    private readonly GrpcChannel _channel = GrpcChannel.ForAddress(address);

    public CallInvoker Anonymous => _channel.CreateCallInvoker();

    public OnCallService.OnCallServiceClient OnCall(TestUser user) => new(As(user));

    public OnCallService.OnCallServiceClient OnCallWithToken(string token) => new(WithToken(token));

    public CapacityService.CapacityServiceClient Capacity(TestUser user) => new(As(user));

    public InvoicingService.InvoicingServiceClient Invoicing(TestUser user) => new(As(user));

    public CallInvoker As(TestUser user) => WithToken(user.TokenFrom(minter));

    private CallInvoker WithToken(string token) =>
        _channel.Intercept(new TestCancellation()).Intercept(metadata =>
        {
            metadata.Add("Authorization", $"Bearer {token}");
            return metadata;
        });

    /// <summary>Ties every unary call to the running test, so a hung call ends with the test.</summary>
    private sealed class TestCancellation : Interceptor
    {
        public override AsyncUnaryCall<TResponse> AsyncUnaryCall<TRequest, TResponse>(TRequest request,
            ClientInterceptorContext<TRequest, TResponse> context, AsyncUnaryCallContinuation<TRequest, TResponse> continuation)
        {
            var options = context.Options.CancellationToken.CanBeCanceled
                ? context.Options
                : context.Options.WithCancellationToken(TestContext.Current.CancellationToken);
            return continuation(request, new ClientInterceptorContext<TRequest, TResponse>(context.Method, context.Host, options));
        }
    }

    public void Dispose() => _channel.Dispose();
}
