using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>Each municipality's day service gets the night's calls and acknowledges them.</summary>
[Collection(SuiteCollection.Name)]
public sealed class HandoverTests(SuiteFixture suite)
{
    private readonly OnCallService.OnCallServiceClient _modum = suite.Gateway.OnCall(TestUser.ModumStaff);
    private readonly OnCallService.OnCallServiceClient _sigdal = suite.Gateway.OnCall(TestUser.SigdalCaseworker);

    // Midt-Buskerud is open around the clock; Maundy Thursday 2025 is 17 April, so calls from
    // Wednesday 16 April 16:00 until Tuesday 22 April 08:00 are handed over on Tuesday.
    private static readonly DateTime EasterWednesday = new(2025, 4, 16, 14, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Calls_over_a_holiday_weekend_are_handed_over_on_the_next_working_morning_until_acknowledged()
    {
        var first = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, TestUser.Sigdal, EasterWednesday))).Call;
        var second = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, TestUser.Sigdal, EasterWednesday.AddDays(4)))).Call;
        await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, TestUser.Modum, EasterWednesday));

        var pending = await PendingAsync();
        var handover = Assert.Single(pending.Handovers, h => h.HandoverDate.Equals(new Google.Type.Date { Year = 2025, Month = 4, Day = 22 }));
        Assert.Equal([first.Name, second.Name], handover.Calls.Select(c => c.Call));
        Assert.Equal(TestUser.Sigdal, handover.MunicipalityNumber);
        Assert.False(handover.Acknowledged);
        Assert.Equal(new DateTime(2025, 4, 16, 6, 0, 0, DateTimeKind.Utc), handover.ShiftStartTime.ToDateTime());
        Assert.Equal(new DateTime(2025, 4, 22, 6, 0, 0, DateTimeKind.Utc), handover.ShiftEndTime.ToDateTime());

        var acknowledged = (await _sigdal.AcknowledgeHandoverAsync(new AcknowledgeHandoverRequest
        {
            Name = handover.Name,
            RequestId = Guid.NewGuid().ToString(),
        })).Handover;

        Assert.True(acknowledged.Acknowledged);
        Assert.Equal("sigdal-saksbehandler", acknowledged.AcknowledgedBy);
        var after = await PendingAsync();
        Assert.DoesNotContain(after.Handovers, h => h.Name == handover.Name);
    }

    [Fact]
    public async Task A_handover_says_which_calls_the_day_service_must_act_on()
    {
        var night = new DateTime(2025, 9, 9, 20, 0, 0, DateTimeKind.Utc);
        var advised = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, TestUser.Sigdal, night))).Call;
        var referred = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, TestUser.Sigdal, night.AddMinutes(30)))).Call;
        var open = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, TestUser.Sigdal, night.AddMinutes(60)))).Call;
        await _modum.AddCallEntryAsync(TestCalls.Entry(advised.Name, CallEntryType.AdviceGiven, night.AddMinutes(5)));
        await _modum.AddCallEntryAsync(TestCalls.Entry(referred.Name, CallEntryType.ReferredToDayService, night.AddMinutes(35)));

        var handover = (await PendingAsync()).Handovers.Single(h => h.Calls.Any(c => c.Call == advised.Name));

        Assert.Equal(2, handover.FollowUpCount);
        Assert.Equal([(advised.Name, false), (referred.Name, true), (open.Name, true)],
            handover.Calls.Select(c => (c.Call, c.FollowUpRequired)));
    }

    [Fact]
    public async Task A_call_logged_late_into_an_acknowledged_handover_makes_it_pending_again()
    {
        var night = new DateTime(2025, 6, 10, 20, 0, 0, DateTimeKind.Utc);
        await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, TestUser.Sigdal, night));
        var handover = (await PendingAsync()).Handovers.Single(h => h.HandoverDate.Equals(new Google.Type.Date { Year = 2025, Month = 6, Day = 11 }));
        await _sigdal.AcknowledgeHandoverAsync(new AcknowledgeHandoverRequest { Name = handover.Name, RequestId = Guid.NewGuid().ToString() });

        var late = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, TestUser.Sigdal, night.AddHours(3)))).Call;

        var again = Assert.Single((await PendingAsync()).Handovers, h => h.Name == handover.Name);
        Assert.False(again.Acknowledged);
        Assert.False(again.Calls.Single(c => c.Call == late.Name).Acknowledged);
        Assert.True(again.Calls.Single(c => c.Call != late.Name).Acknowledged);
    }

    [Fact]
    public async Task Handovers_hold_no_personal_data_and_only_that_municipality_acknowledges()
    {
        var night = new DateTime(2025, 8, 12, 20, 0, 0, DateTimeKind.Utc);
        var call = (await _modum.LogCallAsync(TestCalls.Valid(TestCalls.MidtBuskerud, TestUser.Sigdal, night))).Call;
        var handover = (await PendingAsync()).Handovers.Single(h => h.Calls.Any(c => c.Call == call.Name));

        Assert.DoesNotContain(call.Summary, handover.ToString());
        Assert.DoesNotContain(call.Child.FullName, handover.ToString());
        var refused = await Assert.ThrowsAsync<Grpc.Core.RpcException>(() => _modum.AcknowledgeHandoverAsync(
            new AcknowledgeHandoverRequest { Name = handover.Name, RequestId = Guid.NewGuid().ToString() }).ResponseAsync);
        Assert.Equal(Grpc.Core.StatusCode.PermissionDenied, refused.StatusCode);
    }

    private Task<ListHandoversResponse> PendingAsync() => _sigdal.ListHandoversAsync(new ListHandoversRequest
    {
        Parent = TestCalls.MidtBuskerud,
        MunicipalityNumber = TestUser.Sigdal,
        PendingOnly = true,
        PageSize = 500,
    }).ResponseAsync;
}
