using System.Net;
using Grpc.Health.V1;
using Intermunicipal.Gateway.Health;
using static Grpc.Health.V1.HealthCheckResponse.Types;

namespace Intermunicipal.Gateway.UnitTests;

/// <summary>How the gateway reads a backend's grpc.health.v1 answer to its probe.</summary>
public sealed class GrpcHealthPolicyTests
{
    private static HttpResponseMessage Answer(byte[] body, HttpStatusCode status = HttpStatusCode.OK, string? trailerStatus = "0")
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(body) };
        if (trailerStatus is not null)
        {
            response.TrailingHeaders.Add("grpc-status", trailerStatus);
        }

        return response;
    }

    private static byte[] Frame(ServingStatus status) => GrpcHealthProbe.Frame(new HealthCheckResponse { Status = status });

    [Fact]
    public void Serving_is_healthy() => Assert.True(GrpcHealthPolicy.IsServing(Answer(Frame(ServingStatus.Serving))));

    [Theory]
    [InlineData(ServingStatus.NotServing)]
    [InlineData(ServingStatus.Unknown)]
    [InlineData(ServingStatus.ServiceUnknown)]
    public void Any_other_status_is_unhealthy(ServingStatus status) =>
        Assert.False(GrpcHealthPolicy.IsServing(Answer(Frame(status))));

    [Fact]
    public void No_answer_at_all_is_unhealthy() => Assert.False(GrpcHealthPolicy.IsServing(null));

    [Fact]
    public void An_http_error_is_unhealthy() =>
        Assert.False(GrpcHealthPolicy.IsServing(Answer(Frame(ServingStatus.Serving), HttpStatusCode.ServiceUnavailable)));

    [Fact]
    public void A_trailers_only_error_status_is_unhealthy()
    {
        var response = Answer(Frame(ServingStatus.Serving), trailerStatus: null);
        response.Headers.Add("grpc-status", "12");

        Assert.False(GrpcHealthPolicy.IsServing(response));
    }

    [Fact]
    public void An_error_status_in_the_trailers_is_unhealthy() =>
        Assert.False(GrpcHealthPolicy.IsServing(Answer(Frame(ServingStatus.Serving), trailerStatus: "14")));

    [Fact]
    public void A_compressed_frame_is_not_understood_and_so_unhealthy()
    {
        var frame = Frame(ServingStatus.Serving);
        frame[0] = 1;

        Assert.False(GrpcHealthPolicy.IsServing(Answer(frame)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void A_truncated_body_is_unhealthy(int keep) =>
        Assert.False(GrpcHealthPolicy.IsServing(Answer(Frame(ServingStatus.Serving)[..keep])));

    [Fact]
    public void A_length_prefix_that_does_not_match_the_body_is_unhealthy()
    {
        var frame = Frame(ServingStatus.Serving);
        frame[1] = 0xFF;

        Assert.False(GrpcHealthPolicy.IsServing(Answer(frame)));
    }

    [Fact]
    public void Garbage_is_unhealthy() =>
        Assert.False(GrpcHealthPolicy.IsServing(Answer([0, 0, 0, 0, 3, 0xFF, 0xFF, 0xFF])));

    [Fact]
    public void The_probe_is_a_grpc_health_check_over_http2()
    {
        var cluster = new Yarp.ReverseProxy.Model.ClusterModel(new Yarp.ReverseProxy.Configuration.ClusterConfig { ClusterId = "c" }, new HttpMessageInvoker(new HttpClientHandler()));
        var destination = new Yarp.ReverseProxy.Model.DestinationModel(new Yarp.ReverseProxy.Configuration.DestinationConfig { Address = "http://127.0.0.1:5101/" });

        using var probe = new GrpcHealthProbe().CreateRequest(cluster, destination);

        Assert.Equal(HttpMethod.Post, probe.Method);
        Assert.Equal("http://127.0.0.1:5101/grpc.health.v1.Health/Check", probe.RequestUri!.ToString());
        Assert.Equal(HttpVersion.Version20, probe.Version);
        Assert.Equal("application/grpc", probe.Content!.Headers.ContentType!.MediaType);
    }
}
