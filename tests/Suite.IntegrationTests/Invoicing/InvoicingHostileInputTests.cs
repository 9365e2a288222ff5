using Google.Protobuf;
using Intermunicipal.Hosting.Grpc;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// Every invoicing method, called many times with well-formed messages full of hostile values, as
/// the host's and the partner's finance staff and as staff of neither: no answer is INTERNAL or
/// UNKNOWN; and what the partner writes in a dispute never reaches the service's logs.
/// </summary>
public sealed class InvoicingHostileInputTests : IAsyncLifetime
{
    private const int MessagesPerMethod = 30;
    private FixedAmountScenario _s = null!;
    private IReadOnlyList<string> _names = [];
    private Invoice _february = null!;

    public async ValueTask InitializeAsync()
    {
        _s = await FixedAmountScenario.StartAsync();
        (var january, _february) = await _s.IssuedJanuaryAndFebruaryAsync();
        var dispute = (await _s.Partner.CreateDisputeAsync(new CreateDisputeRequest { Parent = january.Name, LineId = "1", Reason = "Feil", RequestId = NewRequestId() })).Dispute;
        _names = [_s.Baerum.Name, _s.Asker.Name, "agreements/fast", january.Name, dispute.Name, january.Name + "/disputes/00000000-0000-7000-8000-000000000000"];
    }

    public async ValueTask DisposeAsync() => await _s.DisposeAsync();

    public static TheoryData<string> Methods => [.. InvoicingService.Descriptor.Methods.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task No_hostile_message_gets_internal_or_unknown(string methodName)
    {
        var method = InvoicingService.Descriptor.FindMethodByName(methodName);
        var minter = SuiteFixture.MinterFor(_s.Services.Key);
        var callers = new[] { TestUser.BaerumFinance, TestUser.AskerFinance, TestUser.BaerumCaseworker, NewMunicipality().Finance }
            .Select(u => u.TokenFrom(minter)).ToArray();
        var messages = new RandomMessages(seed: 20261124 + method.Index, _names);

        for (var i = 0; i < MessagesPerMethod; i++)
        {
            var status = await RawGrpc.StatusAsync(_s.Services.InvoicingHost.Address, $"/{method.Service.FullName}/{method.Name}",
                GrpcWire.Frame(messages.Next(method.InputType).ToByteArray()), callers[i % callers.Length]);
            Assert.Matches("^[0-9]+$", status);
            Assert.True(status is not ("2" or "13"), $"{methodName} answered {status} to message {i}");
        }
    }

    [Fact]
    public async Task No_log_line_carries_what_the_parties_wrote()
    {
        var february = _february;
        const string reason = "Saken gjelder familien Testbarn i Løkkeveien 7";
        var dispute = (await _s.Partner.CreateDisputeAsync(new CreateDisputeRequest { Parent = february.Name, LineId = "2", Reason = reason, RequestId = NewRequestId() })).Dispute;
        await _s.Host.AddDisputeCommentAsync(new AddDisputeCommentRequest { Dispute = dispute.Name, Text = reason + " (svar)", RequestId = NewRequestId() });
        await _s.Host.ResolveDisputeAsync(new ResolveDisputeRequest { Dispute = dispute.Name, CreditReason = reason + " (kreditert)", RequestId = NewRequestId() });

        var everything = _s.Services.InvoicingHost.Logs.Text;

        Assert.Contains(february.Name, everything, StringComparison.Ordinal);
        Assert.DoesNotContain("Testbarn", everything, StringComparison.Ordinal);
    }
}
