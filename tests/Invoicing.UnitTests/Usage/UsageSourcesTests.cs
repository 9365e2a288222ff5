using Google.Protobuf;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.Usage;
using CapacityV1 = Intermunicipal.Capacity.V1;
using OnCallV1 = Intermunicipal.OnCall.V1;

namespace Intermunicipal.Invoicing.UnitTests.Usage;

/// <summary>
/// What the biller does with an answer that breaks the usage contract: a municipality or team left
/// out or given twice fails the agreements that need it with a reason, never an unhandled error.
/// </summary>
public sealed class UsageSourcesTests
{
    private static readonly DateRange January = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 31));

    [Fact]
    public async Task On_call_answer_with_a_municipality_twice_is_unavailable_with_a_reason()
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { OnCallUsage("0220"), OnCallUsage("0220") } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.OnCallAsync("onCallUnits/x", "0219", ["0220"], January, TestContext.Current.CancellationToken));

        Assert.Equal("OnCall answered the usage of municipality 0220 twice; run the period again", failure.Message);
    }

    [Fact]
    public async Task On_call_answer_without_a_municipality_asked_for_is_unavailable_with_a_reason()
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { OnCallUsage("0220") } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.OnCallAsync("onCallUnits/x", "0219", ["0220", "3201"], January, TestContext.Current.CancellationToken));

        Assert.Equal("OnCall answered without the usage of municipality 3201; run the period again", failure.Message);
    }

    [Fact]
    public async Task On_call_answer_is_keyed_by_municipality()
    {
        var sources = Sources(new OnCallV1.BatchGetBillableUsageResponse { Usages = { OnCallUsage("3201"), OnCallUsage("0220") } });

        var usage = await sources.OnCallAsync("onCallUnits/x", "0219", ["0220", "3201"], January, TestContext.Current.CancellationToken);

        Assert.Equal(["0220", "3201"], usage.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("onCallUnits/x/calls/3201-1", Assert.Single(usage["3201"]).Source);
    }

    [Fact]
    public async Task Capacity_answer_with_a_team_twice_is_unavailable_with_a_reason()
    {
        var twice = new CapacityV1.BillableUsage { MunicipalityNumber = "0220", Teams = { new CapacityV1.TeamUsage { Team = "teams/mst" }, new CapacityV1.TeamUsage { Team = "teams/mst" } } };
        var sources = Sources(new CapacityV1.BatchGetBillableUsageResponse { Usages = { twice } });

        var failure = await Assert.ThrowsAsync<UsageUnavailableException>(() => sources.CapacityAsync("0219", ["0220"], January, TestContext.Current.CancellationToken));

        Assert.Equal("Capacity answered the usage of team teams/mst twice; run the period again", failure.Message);
    }

    private static OnCallV1.BillableUsage OnCallUsage(string municipality) =>
        ScriptedSources.OneCall(municipality, $"onCallUnits/x/calls/{municipality}-1", new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));

    private static UsageSources Sources(IMessage answer) => ScriptedSources.Answering(answer);
}
