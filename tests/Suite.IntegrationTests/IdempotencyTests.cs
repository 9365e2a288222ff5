using Grpc.Core;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>A retried mutation with the same request_id changes nothing more.</summary>
[Collection(SuiteCollection.Name)]
public sealed class IdempotencyTests(SuiteFixture suite)
{
    private readonly OnCallService.OnCallServiceClient _staff = suite.Gateway.OnCall(TestUser.BaerumStaff);

    [Fact]
    public async Task A_retried_log_call_stores_one_call_and_returns_it_again()
    {
        var request = TestCalls.Valid(received: new DateTime(2023, 5, 5, 20, 0, 0, DateTimeKind.Utc));
        var before = await TestCalls.CountCallsAsync(_staff, TestCalls.AskerOgBaerum);

        var first = (await _staff.LogCallAsync(request)).Call;
        var retry = (await _staff.LogCallAsync(request)).Call;

        Assert.Equal(first, retry);
        Assert.Equal(before + 1, await TestCalls.CountCallsAsync(_staff, TestCalls.AskerOgBaerum));
    }

    [Fact]
    public async Task A_retry_that_changes_only_the_case_of_the_request_id_is_the_same_request()
    {
        var request = TestCalls.Valid(received: new DateTime(2023, 5, 7, 20, 0, 0, DateTimeKind.Utc));
        var first = (await _staff.LogCallAsync(request)).Call;

        request.RequestId = request.RequestId.ToUpperInvariant();
        var retry = (await _staff.LogCallAsync(request)).Call;

        Assert.Equal(first.Name, retry.Name);
    }

    [Fact]
    public async Task A_replayed_answer_with_personal_data_is_audited()
    {
        var request = TestCalls.Valid();
        var call = (await _staff.LogCallAsync(request)).Call;

        await _staff.LogCallAsync(request);

        var trail = await suite.Gateway.OnCall(TestUser.BaerumLead).ListAuditEventsAsync(
            new ListAuditEventsRequest { Parent = TestCalls.AskerOgBaerum, Call = call.Name });
        Assert.Equal("call.replay", Assert.Single(trail.AuditEvents).Action);
    }

    [Fact]
    public async Task Racing_retries_of_one_log_call_store_one_call()
    {
        var request = TestCalls.Valid(received: new DateTime(2023, 5, 6, 20, 0, 0, DateTimeKind.Utc));
        var before = await TestCalls.CountCallsAsync(_staff, TestCalls.AskerOgBaerum);

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _staff.LogCallAsync(request).ResponseAsync));

        Assert.Single(answers.Select(a => a.Call.Name).Distinct());
        Assert.Equal(before + 1, await TestCalls.CountCallsAsync(_staff, TestCalls.AskerOgBaerum));
    }

    [Fact]
    public async Task A_request_id_reused_by_someone_else_reveals_nothing()
    {
        var request = TestCalls.Valid();
        await _staff.LogCallAsync(request);

        var refused = await Assert.ThrowsAsync<RpcException>(() =>
            suite.Gateway.OnCall(TestUser.BaerumLead).LogCallAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.DoesNotContain(request.Call.Summary, refused.Status.Detail);
    }

    [Fact]
    public async Task A_retried_entry_is_appended_once()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var entry = TestCalls.Entry(call.Name, CallEntryType.AdviceGiven, TestCalls.FridayEvening.AddMinutes(3));

        await _staff.AddCallEntryAsync(entry);
        var retried = (await _staff.AddCallEntryAsync(entry)).Call;

        Assert.Single(retried.Entries);
    }

    [Fact]
    public async Task Two_corrections_of_one_entry_cannot_both_land()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var advice = (await _staff.AddCallEntryAsync(
            TestCalls.Entry(call.Name, CallEntryType.AdviceGiven, TestCalls.FridayEvening.AddMinutes(3)))).Call.Entries.Single();
        AddCallEntryRequest Correction()
        {
            var correction = TestCalls.Entry(call.Name, CallEntryType.ReferredToDayService, TestCalls.FridayEvening.AddMinutes(3));
            correction.Entry.CorrectsEntry = advice.Name;
            return correction;
        }

        await _staff.AddCallEntryAsync(Correction());
        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.AddCallEntryAsync(Correction()).ResponseAsync);

        Assert.Equal(StatusCode.FailedPrecondition, refused.StatusCode);
        Assert.NotNull(refused.GetRpcStatus()?.GetDetail<Google.Rpc.PreconditionFailure>());
    }
}
