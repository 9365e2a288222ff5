using System.Buffers.Binary;
using Grpc.Health.V1;
using Grpc.HealthCheck;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Intermunicipal.Gateway.Health;

/// <summary>
/// Judges a probe by the grpc.health.v1 answer: healthy only when the backend says SERVING.
/// Marks destinations in YARP and mirrors each cluster's state into the gateway's own health
/// service, so callers can ask (or watch) the gateway whether a service is up.
/// </summary>
public sealed partial class GrpcHealthPolicy(
    IDestinationHealthUpdater healthUpdater, HealthServiceImpl suiteHealth, ILogger<GrpcHealthPolicy> logger)
    : IActiveHealthCheckPolicy
{
    public const string PolicyName = "GrpcHealth";
    public const string ServicesMetadataKey = "GrpcServices";

    public string Name => PolicyName;

    public void ProbingCompleted(ClusterState cluster, IReadOnlyList<DestinationProbingResult> probingResults)
    {
        var results = probingResults
            .Select(r => new NewActiveDestinationHealth(r.Destination, IsServing(r.Response) ? DestinationHealth.Healthy : DestinationHealth.Unhealthy))
            .ToList();
        healthUpdater.SetActive(cluster, results);

        var serving = results.Any(r => r.NewActiveHealth == DestinationHealth.Healthy);
        foreach (var service in ServicesOf(cluster.Model.Config.Metadata))
        {
            suiteHealth.SetStatus(service, serving ? HealthCheckResponse.Types.ServingStatus.Serving : HealthCheckResponse.Types.ServingStatus.NotServing);
        }

        LogProbe(logger, cluster.ClusterId, results.Count(r => r.NewActiveHealth == DestinationHealth.Healthy), results.Count);
    }

    public static IEnumerable<string> ServicesOf(IReadOnlyDictionary<string, string>? metadata) =>
        metadata?.GetValueOrDefault(ServicesMetadataKey)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>
    /// The probe's response is read synchronously here because YARP calls policies synchronously;
    /// the body is a few bytes that have already arrived with the headers' DATA frame.
    /// </summary>
    internal static bool IsServing(HttpResponseMessage? probeResponse)
    {
        if (probeResponse is not { IsSuccessStatusCode: true } response || HasErrorStatus(response.Headers))
        {
            return false;
        }

        try
        {
            using var stream = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var frame = buffer.ToArray();
            if (HasErrorStatus(response.TrailingHeaders) || frame.Length < 5)
            {
                return false;
            }

            // One uncompressed message that fits the body exactly; anything else is not a healthy answer.
            var length = BinaryPrimitives.ReadUInt32BigEndian(frame.AsSpan(1));
            if (frame[0] != 0 || length != frame.Length - 5)
            {
                return false;
            }

            var answer = HealthCheckResponse.Parser.ParseFrom(frame, 5, (int)length);
            return answer.Status == HealthCheckResponse.Types.ServingStatus.Serving;
        }
#pragma warning disable CA1031 // A probe that cannot be understood means unhealthy; throwing would stop YARP updating this cluster.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static bool HasErrorStatus(System.Net.Http.Headers.HttpHeaders headers) =>
        headers.TryGetValues("grpc-status", out var values) && values.FirstOrDefault() != "0";

    [LoggerMessage(Level = LogLevel.Debug, Message = "Probed cluster {ClusterId}: {Healthy} of {Total} destinations serving")]
    private static partial void LogProbe(ILogger logger, string clusterId, int healthy, int total);
}
