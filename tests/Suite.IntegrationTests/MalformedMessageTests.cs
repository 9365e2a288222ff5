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
        foreach (var server in new[] { suite.GatewayHost.Address, suite.OnCall.Address })
        {
            var status = await RawGrpc.StatusAsync(server, "/intermunicipal.oncall.v1.OnCallService/LogCall", body,
                TestUser.BaerumStaff.TokenFrom(suite.Minter));

            Assert.Equal(expected, status);
        }
    }
}
