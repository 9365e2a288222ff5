using Google.Protobuf;
using Grpc.Core;
using Intermunicipal.Invoicing.Billing;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.UnitTests.Usage;
using Intermunicipal.Invoicing.Usage;
using CapacityV1 = Intermunicipal.Capacity.V1;
using OnCallV1 = Intermunicipal.OnCall.V1;

namespace Intermunicipal.Invoicing.UnitTests.Billing;

/// <summary>
/// A run's usage is fetched request after request in billing order while agreements are billed:
/// an agreement waits only for its own request, a failed request fails only its partners' agreements,
/// and ending the run stops the fetching.
/// </summary>
public sealed class HostUsageTests
{
    private const string Unit = "onCallUnits/vakt";
    private const string Team = "teams/mst";
    private static readonly DateRange Year = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
    private static readonly TimeSpan Bounded = TimeSpan.FromMinutes(1);
    private static readonly string[] Partners = ["0301", "3201", "3203", "3205"];

    [Fact]
    public async Task An_agreement_is_billed_from_its_request_while_later_requests_are_still_outstanding()
    {
        var later = new TaskCompletionSource<IMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        var sources = ScriptedSources.Answering(request => Asks(request).Contains("3205") ? later.Task : Task.FromResult(Answer(request)));
        await using var usage = HostUsage.Start(sources, "0219", [.. Partners.Select(OnCallNeed)], TestContext.Current.CancellationToken);

        // Bounded, so that fetching everything before billing anything fails here instead of hanging.
        var first = await usage.ForAsync(OnCallNeed("0301")).WaitAsync(Bounded, TestContext.Current.CancellationToken);
        Assert.False(later.Task.IsCompleted);
        later.SetResult(Answer(new OnCallV1.BatchGetBillableUsageRequest { MunicipalityNumbers = { "3205" } }));
        var last = await usage.ForAsync(OnCallNeed("3205"));

        Assert.Equal("onCallUnits/vakt/calls/0301", Assert.Single(first.UsageOf(Unit, Year)).Source);
        Assert.Equal("onCallUnits/vakt/calls/3205", Assert.Single(last.UsageOf(Unit, Year)).Source);
    }

    [Fact]
    public async Task A_failed_request_fails_only_the_agreements_of_its_partners()
    {
        var sources = ScriptedSources.Answering(request => Asks(request).Contains("3205")
            ? Task.FromException<IMessage>(new RpcException(new Status(StatusCode.PermissionDenied, "not yours")))
            : Task.FromResult(Answer(request)));
        await using var usage = HostUsage.Start(sources, "0219", [.. Partners.Select(OnCallNeed)], TestContext.Current.CancellationToken);

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => usage.ForAsync(OnCallNeed("3205")));

        Assert.Equal("OnCall answered PermissionDenied (not yours); run the period again when it is back", failure.Message);
        foreach (var partner in Partners[..3])
        {
            Assert.Single((await usage.ForAsync(OnCallNeed(partner))).UsageOf(Unit, Year));
        }
    }

    [Fact]
    public async Task Units_and_teams_come_from_their_own_sources()
    {
        var asked = new List<string>();
        var sources = ScriptedSources.Answering(request =>
        {
            lock (asked)
            {
                asked.Add(request.Descriptor.FullName);
            }

            return Task.FromResult(Answer(request));
        });
        var need = new UsageNeed("0301", [Unit, Team], Year);
        await using var usage = HostUsage.Start(sources, "0219", [need], TestContext.Current.CancellationToken);

        var used = await usage.ForAsync(need);

        Assert.Equal("onCallUnits/vakt/calls/0301", Assert.Single(used.UsageOf(Unit, Year)).Source);
        Assert.Equal("teams/mst/referrals/0301", Assert.Single(used.UsageOf(Team, Year)).Source);
        Assert.Equal(["intermunicipal.oncall.v1.BatchGetBillableUsageRequest", "intermunicipal.capacity.v1.BatchGetBillableUsageRequest"], asked);
    }

    [Fact]
    public async Task Ending_the_run_stops_fetching_from_a_source_that_does_not_answer()
    {
        var never = new TaskCompletionSource<IMessage>();
        var usage = HostUsage.Start(ScriptedSources.Answering(_ => never.Task), "0219", [.. Partners.Select(OnCallNeed)], TestContext.Current.CancellationToken);
        var waiting = usage.ForAsync(OnCallNeed("3205"));

        await usage.DisposeAsync().AsTask().WaitAsync(Bounded, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<TaskCanceledException>(() => waiting);
        Assert.False(never.Task.IsCompleted);
    }

    private static UsageNeed OnCallNeed(string partner) => new(partner, [Unit], Year);

    private static IReadOnlyList<string> Asks(IMessage request) => request switch
    {
        OnCallV1.BatchGetBillableUsageRequest onCall => onCall.MunicipalityNumbers,
        CapacityV1.BatchGetBillableUsageRequest capacity => capacity.MunicipalityNumbers,
        _ => [],
    };

    /// <summary>One call (or one treatment day) per municipality asked about.</summary>
    private static IMessage Answer(IMessage request) => request switch
    {
        OnCallV1.BatchGetBillableUsageRequest onCall => new OnCallV1.BatchGetBillableUsageResponse
        {
            Usages =
            {
                onCall.MunicipalityNumbers.Select(m => ScriptedSources.OneCall(m, $"{Unit}/calls/{m}", new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero))),
            },
        },
        CapacityV1.BatchGetBillableUsageRequest capacity => new CapacityV1.BatchGetBillableUsageResponse
        {
            Usages =
            {
                capacity.MunicipalityNumbers.Select(m => new CapacityV1.BillableUsage
                {
                    MunicipalityNumber = m,
                    Teams =
                    {
                        new CapacityV1.TeamUsage
                        {
                            Team = Team,
                            TreatmentDays =
                            {
                                new CapacityV1.TreatmentDays
                                {
                                    Referral = $"{Team}/referrals/{m}",
                                    FirstDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 2 },
                                    LastDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 4 },
                                    Days = 3,
                                },
                            },
                        },
                    },
                }),
            },
        },
        _ => throw new ArgumentException("not a usage request", nameof(request)),
    };
}
