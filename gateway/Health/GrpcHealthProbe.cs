using System.Buffers.Binary;
using System.Net;
using Google.Protobuf;
using Grpc.Health.V1;
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

    /// <summary>A gRPC message frame: no compression flag, 4-byte big-endian length, the message.</summary>
    public static byte[] Frame(IMessage message)
    {
        var body = message.ToByteArray();
        var frame = new byte[5 + body.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1), (uint)body.Length);
        body.CopyTo(frame, 5);
        return frame;
    }
}
