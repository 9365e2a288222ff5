using Intermunicipal.LoadTool;
using Intermunicipal.LoadTool.Workloads;
using Intermunicipal.Suite.IntegrationTests.Capacity;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>
/// The load tool still drives every operation it offers against the real services: a small
/// request budget, every request answered OK. Timings are not looked at; that is what the tool is for.
/// </summary>
[Collection(SuiteCollection.Name)]
public sealed class LoadToolTests(SuiteFixture suite)
{
    private const int Requests = 24;

    [Theory]
    [InlineData("log")]
    [InlineData("get")]
    [InlineData("mixed")]
    public async Task Call_log_operations_run_without_errors(string operation)
    {
        var result = await RunAsync(suite.OnCall.Address, operation, TimeProvider.System);

        Assert.Equal((Requests, 0L), (result.Samples.Succeeded, result.Samples.Failed));
    }

    [Fact]
    public async Task The_board_operation_reads_the_team_it_is_given()
    {
        var team = await new CapacityScenario(suite.CapacityDirect).TeamAsync(capacity: 4);

        var result = await RunAsync(suite.Capacity.Address, "board", suite.CapacityClock, "--team", team.Name);

        Assert.Equal((Requests, 0L), (result.Samples.Succeeded, result.Samples.Failed));
    }

    [Fact]
    public async Task The_treatment_operation_refers_starts_and_completes_in_a_team_of_its_own()
    {
        // The capacity service's fake clock, so that "today" is the same day for tool and service.
        var result = await RunAsync(suite.Capacity.Address, "treatment", suite.CapacityClock);

        Assert.True(result.Samples.Failed == 0, string.Join(", ", result.Samples.Errors.Select(e => $"{e.Key.Operation} {e.Key.Status} × {e.Value}")));
        Assert.All(new[] { TreatmentCycleWorkload.Refer, TreatmentCycleWorkload.Start, TreatmentCycleWorkload.Complete },
            operation => Assert.Equal(Requests / 3, result.Samples.Latencies[operation].Count));
    }

    private async Task<RunResult> RunAsync(Uri target, string operation, TimeProvider clock, params string[] more)
    {
        string[] args = ["--target", target.ToString(), "--operation", operation, "--concurrency", "2",
            "--requests", Requests.ToString(System.Globalization.CultureInfo.InvariantCulture), "--signing-key", suite.SigningKey, .. more];
        Assert.True(LoadOptions.TryParse(args, out var options, out var error), error);
        return await new LoadRunner(options, clock).RunAsync(TestContext.Current.CancellationToken);
    }
}
