using System.Net;
using Google.Protobuf;
using Grpc.Health.V1;
using Intermunicipal.Hosting.Grpc;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace Intermunicipal.Gateway.Health;

/// <summary>
/// Makes YARP's active health probes real grpc.health.v1 Check calls (an HTTP/2 POST with one
/// length-prefixed HealthCheckRequest), instead of an HTTP GET the backends do not serve.
/// </summary>
public sealed class GrpcHealthProbe : IProbingRequestFactory
{
    public const string CheckPath = "/grpc.health.v1.Health/Check";

    public HttpRequestMessage CreateRequest(ClusterModel cluster, DestinationModel destination)
    {
        var address = destination.Config.Health ?? destination.Config.Address;
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(address), CheckPath))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(Frame(new HealthCheckRequest())),
        };
        request.Content.Headers.ContentType = new("application/grpc");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        return request;
    }

    /// <summary>A gRPC message frame of <paramref name="message"/>.</summary>
    public static byte[] Frame(IMessage message) => GrpcWire.Frame(message.ToByteArray());
}
