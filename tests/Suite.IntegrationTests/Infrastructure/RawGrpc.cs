using System.Net;
using System.Net.Http.Headers;

namespace Intermunicipal.Suite.IntegrationTests.Infrastructure;

/// <summary>
/// A unary gRPC call made by hand over HTTP/2, below any generated client, so tests can send
/// bodies no client would. Answers the grpc-status the server gave.
/// </summary>
public static class RawGrpc
{
    /// <param name="timeout">Sent as grpc-timeout, so a streaming method ends with its deadline.</param>
    public static async Task<string> StatusAsync(Uri server, string path, byte[] body, string token, TimeSpan? timeout = null)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (timeout is { } deadline)
        {
            request.Headers.TryAddWithoutValidation("grpc-timeout", $"{(long)deadline.TotalMilliseconds}m");
        }

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return response.TrailingHeaders.TryGetValues("grpc-status", out var trailer) ? trailer.Single()
            : response.Headers.TryGetValues("grpc-status", out var header) ? header.Single()
            : $"HTTP {(int)response.StatusCode}";
    }
}
