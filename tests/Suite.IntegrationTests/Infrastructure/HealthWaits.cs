using Grpc.Health.V1;
using static Grpc.Health.V1.HealthCheckResponse.Types;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>
/// Waits for the gateway to report a service's health by watching grpc.health.v1: the test
/// continues on the event itself, with a generous deadline only as a guard against hanging.
/// </summary>
public static class HealthWaits
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    public static Task UntilServingAsync(SuiteClients gateway, string service) => UntilAsync(gateway, service, ServingStatus.Serving);

    public static Task UntilNotServingAsync(SuiteClients gateway, string service) => UntilAsync(gateway, service, ServingStatus.NotServing);

    private static async Task UntilAsync(SuiteClients gateway, string service, ServingStatus wanted)
    {
        var client = new Health.HealthClient(gateway.Anonymous);
        using var watch = client.Watch(new HealthCheckRequest { Service = service }, deadline: DateTime.UtcNow + Guard);
        while (await watch.ResponseStream.MoveNext(TestContext.Current.CancellationToken))
        {
            if (watch.ResponseStream.Current.Status == wanted)
            {
                return;
            }
        }

        Assert.Fail($"The gateway never reported {service} as {wanted}.");
    }
}
