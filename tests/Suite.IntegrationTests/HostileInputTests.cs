using Google.Protobuf;
using Intermunicipal.Hosting.Grpc;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>
/// Every method, called many times with well-formed messages full of hostile values, as staff,
/// as a unit lead, a caseworker and finance: no answer is INTERNAL or UNKNOWN, and the service stays up.
/// </summary>
public sealed class HostileInputTests : IAsyncLifetime
{
    private const int MessagesPerMethod = 60;
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly TestStorage _storage = TestStorage.Sqlite();
    private OnCallHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await OnCallHost.StartAsync(_key, _storage);

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    public static TheoryData<string> Methods => [.. OnCallService.Descriptor.Methods.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task No_hostile_message_gets_internal_or_unknown(string methodName)
    {
        var method = OnCallService.Descriptor.FindMethodByName(methodName);
        var minter = SuiteFixture.MinterFor(_key);
        var callers = new[] { TestUser.BaerumLead, TestUser.AskerCaseworker, TestUser.BaerumFinance }.Select(u => u.TokenFrom(minter)).ToArray();
        var messages = new RandomMessages(seed: 20261124 + method.Index, await RealNamesAsync(minter));

        for (var i = 0; i < MessagesPerMethod; i++)
        {
            var status = await RawGrpc.StatusAsync(_host.Address, $"/{method.Service.FullName}/{method.Name}",
                GrpcWire.Frame(messages.Next(method.InputType).ToByteArray()), callers[i % callers.Length]);
            Assert.Matches("^[0-9]+$", status);
            Assert.True(status is not ("2" or "13"), $"{methodName} answered {status} to message {i}");
        }
    }

    /// <summary>A unit, a call with an entry, and a handover that exist, to aim the messages at.</summary>
    private async Task<IReadOnlyList<string>> RealNamesAsync(Intermunicipal.Hosting.Security.TokenMinter minter)
    {
        using var clients = new SuiteClients(_host.Address, minter);
        var staff = clients.OnCall(TestUser.BaerumStaff);
        var call = (await staff.LogCallAsync(TestCalls.Valid())).Call;
        var entry = (await staff.AddCallEntryAsync(TestCalls.Entry(call.Name, CallEntryType.AdviceGiven, TestCalls.FridayEvening.AddMinutes(1)))).Call.Entries.Single();
        var handover = (await staff.ListHandoversAsync(new ListHandoversRequest { Parent = TestCalls.AskerOgBaerum, MunicipalityNumber = TestUser.Asker })).Handovers.Single();
        return [TestCalls.AskerOgBaerum, TestCalls.MidtBuskerud, call.Name, entry.Name, handover.Name];
    }
}
