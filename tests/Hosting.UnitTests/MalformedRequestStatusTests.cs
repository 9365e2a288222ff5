using Intermunicipal.Hosting.Grpc;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Intermunicipal.Hosting.UnitTests;

/// <summary>
/// Which INTERNAL/UNKNOWN answers become INVALID_ARGUMENT: only those of a gRPC call over
/// HTTP/2 that grpc-dotnet refused before the method started. Statuses our code set stay.
/// </summary>
public sealed class MalformedRequestStatusTests
{
    private sealed class TrailersFeature : IHttpResponseTrailersFeature
    {
        public IHeaderDictionary Trailers { get; set; } = new HeaderDictionary();
    }

    private static async Task<string> FinalStatusAsync(string status, bool methodEntered = false, string protocol = "HTTP/2",
        string contentType = "application/grpc", int httpStatus = StatusCodes.Status200OK)
    {
        var context = new DefaultHttpContext();
        var trailers = new TrailersFeature();
        context.Features.Set<IHttpResponseTrailersFeature>(trailers);
        context.Request.Protocol = protocol;
        context.Request.ContentType = contentType;

        await MalformedRequestStatus.Middleware(context, c =>
        {
            if (methodEntered)
            {
                MalformedRequestStatus.MarkMethodEntered(c);
            }

            c.Response.StatusCode = httpStatus;
            trailers.Trailers["grpc-status"] = status;
            return Task.CompletedTask;
        });
        return trailers.Trailers["grpc-status"].ToString();
    }

    [Theory]
    [InlineData("13")]
    [InlineData("2")]
    public async Task A_call_refused_before_its_method_started_is_invalid_argument(string status) =>
        Assert.Equal("3", await FinalStatusAsync(status));

    [Theory]
    [InlineData("13")]
    [InlineData("2")]
    public async Task A_status_set_once_the_method_ran_is_kept(string status) =>
        Assert.Equal(status, await FinalStatusAsync(status, methodEntered: true));

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("8")]
    [InlineData("16")]
    public async Task Other_statuses_are_kept(string status) => Assert.Equal(status, await FinalStatusAsync(status));

    [Fact]
    public async Task Grpc_dotnet_s_own_protocol_answers_are_kept()
    {
        Assert.Equal("13", await FinalStatusAsync("13", protocol: "HTTP/1.1"));
        Assert.Equal("13", await FinalStatusAsync("13", httpStatus: StatusCodes.Status415UnsupportedMediaType));
        Assert.Equal("13", await FinalStatusAsync("13", contentType: "application/grpc-web"));
    }
}
