using System.Net;
using System.Net.Http.Headers;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>Bytes that are not a valid message at all, sent below the generated client.</summary>
[Collection(SuiteCollection.Name)]
public sealed class MalformedMessageTests(SuiteFixture suite)
{
    // Expected: INVALID_ARGUMENT (3) for bytes that are not protobuf, a frame shorter than its
    // length and a compressed flag without an encoding; RESOURCE_EXHAUSTED (8) for a frame
    // announcing more than the 1 MiB the services accept.
    public static TheoryData<byte[], string> Garbage => new()
    {
        { new byte[] { 0, 0, 0, 0, 4, 0xFF, 0xFF, 0xFF, 0xFF }, "3" },
        { new byte[] { 0, 0, 0, 0, 9, 1, 2 }, "3" },
        { new byte[] { 1, 0, 0, 0, 2, 8, 1 }, "3" },
        { new byte[] { 0, 0x7F, 0xFF, 0xFF, 0xFF }, "8" },
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public async Task A_body_that_is_not_a_valid_message_is_refused_as_bad_input_not_internal(byte[] body, string expected)
    {
        foreach (var address in new[] { suite.GatewayHost.Address, suite.OnCall.Address })
        {
            using var http = new HttpClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(address, "/intermunicipal.oncall.v1.OnCallService/LogCall"))
            {
                Version = HttpVersion.Version20,
                VersionPolicy = HttpVersionPolicy.RequestVersionExact,
                Content = new ByteArrayContent(body),
            };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
            request.Headers.TryAddWithoutValidation("TE", "trailers");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestUser.BaerumStaff.TokenFrom(suite.Minter));

            using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
            await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
            var status = response.TrailingHeaders.TryGetValues("grpc-status", out var trailer) ? trailer.Single()
                : response.Headers.TryGetValues("grpc-status", out var header) ? header.Single()
                : throw new InvalidOperationException($"HTTP {(int)response.StatusCode} {response.Version} from {address}: {response.Headers} {response.TrailingHeaders}");

            Assert.Equal(expected, status);
        }
    }
}
