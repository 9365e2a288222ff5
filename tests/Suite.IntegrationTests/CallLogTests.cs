using Google.Protobuf.WellKnownTypes;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>Night staff log calls and record what they did, through the gateway.</summary>
[Collection(SuiteCollection.Name)]
public sealed class CallLogTests(SuiteFixture suite)
{
    private readonly OnCallService.OnCallServiceClient _staff = suite.Gateway.OnCall(TestUser.BaerumStaff);

    [Fact]
    public async Task A_logged_call_is_returned_whole_and_read_back_with_its_personal_data()
    {
        var request = TestCalls.Valid();
        var logged = (await _staff.LogCallAsync(request)).Call;

        Assert.StartsWith(TestCalls.AskerOgBaerum + "/calls/", logged.Name);
        Assert.Equal("baerum-vakt", logged.Creator);
        Assert.Equal(CallStatus.Open, logged.Status);
        Assert.Equal(new Google.Type.Date { Year = 2026, Month = 3, Day = 16 }, logged.HandoverDate);

        var read = (await _staff.GetCallAsync(new GetCallRequest { Name = logged.Name })).Call;
        Assert.Equal(request.Call.Summary, read.Summary);
        Assert.Equal(request.Call.Child, read.Child);
        Assert.Equal(request.Call.ReceiveTime, read.ReceiveTime);
        Assert.Equal(request.Call.ConcernCategories, read.ConcernCategories);
        Assert.False(read.PersonalDataOmitted);
    }

    [Fact]
    public async Task Entries_are_appended_and_a_correction_keeps_the_whole_history()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var at = TestCalls.FridayEvening;
        await _staff.AddCallEntryAsync(TestCalls.Entry(call.Name, CallEntryType.AdviceGiven, at.AddMinutes(5)));
        var withCallOut = (await _staff.AddCallEntryAsync(
            TestCalls.Entry(call.Name, CallEntryType.CallOut, at.AddMinutes(20), at.AddMinutes(110)))).Call;
        var callOut = withCallOut.Entries.Single(e => e.Type == CallEntryType.CallOut);

        var correction = TestCalls.Entry(call.Name, CallEntryType.CallOut, at.AddMinutes(20), at.AddMinutes(140));
        correction.Entry.CorrectsEntry = callOut.Name;
        await _staff.AddCallEntryAsync(correction);
        await _staff.AddCallEntryAsync(TestCalls.Entry(call.Name, CallEntryType.ReferredToDayService, at.AddMinutes(150)));

        var history = (await _staff.GetCallAsync(new GetCallRequest { Name = call.Name })).Call;
        Assert.Equal(4, history.Entries.Count);
        Assert.False(history.Entries.Single(e => e.Name == callOut.Name).Effective);
        var corrected = history.Entries.Single(e => e.CorrectsEntry == callOut.Name);
        Assert.True(corrected.Effective);
        Assert.Equal("baerum-vakt", corrected.Author);
        Assert.NotNull(corrected.CreateTime);
        Assert.Equal(Timestamp.FromDateTime(at.AddMinutes(140)), corrected.EndTime);
        Assert.Equal(CallStatus.Referred, history.Status);
        Assert.Equal(CallOutcome.Referred, history.Outcome);
    }

    [Fact]
    public async Task An_emergency_decision_needs_a_legal_basis_from_the_code_list()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var decided = (await _staff.AddCallEntryAsync(TestCalls.Entry(call.Name, CallEntryType.EmergencyDecision,
            TestCalls.FridayEvening.AddHours(1), legalBasis: "bvl-4-2"))).Call;

        Assert.Equal(CallOutcome.EmergencyDecision, decided.Outcome);
        Assert.Equal("bvl-4-2", decided.Entries.Single().LegalBasis);
        var bases = await _staff.ListCodesAsync(new ListCodesRequest { CodeList = CodeList.LegalBasis });
        Assert.Contains(bases.Codes, c => c.Code_ == "bvl-4-2" && c.Active);
    }

    [Fact]
    public async Task A_retraction_takes_an_entry_out_of_the_outcome()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var closed = (await _staff.AddCallEntryAsync(TestCalls.Entry(call.Name, CallEntryType.ClosedNoFurtherAction,
            TestCalls.FridayEvening.AddMinutes(30)))).Call;
        var retraction = new AddCallEntryRequest
        {
            Parent = call.Name,
            RequestId = Guid.NewGuid().ToString(),
            Entry = new CallEntry { Retraction = true, CorrectsEntry = closed.Entries.Single().Name },
        };

        var after = (await _staff.AddCallEntryAsync(retraction)).Call;

        Assert.Equal(CallStatus.Open, after.Status);
        Assert.Equal(2, after.Entries.Count);
        Assert.All(after.Entries, e => Assert.False(e.Effective));
    }

    [Fact]
    public async Task Lists_page_through_calls_newest_first_without_personal_data()
    {
        var baseTime = new DateTime(2025, 2, 3, 19, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 5; i++)
        {
            await _staff.LogCallAsync(TestCalls.Valid(received: baseTime.AddMinutes(i)));
        }

        var request = new ListCallsRequest
        {
            Parent = TestCalls.AskerOgBaerum,
            PageSize = 2,
            ReceiveTimeFrom = Timestamp.FromDateTime(baseTime),
            ReceiveTimeTo = Timestamp.FromDateTime(baseTime.AddHours(1)),
        };
        var seen = new List<Call>();
        do
        {
            var page = await _staff.ListCallsAsync(request);
            Assert.True(page.Calls.Count <= 2);
            seen.AddRange(page.Calls);
            request.PageToken = page.NextPageToken;
        }
        while (request.PageToken.Length > 0);

        Assert.Equal(5, seen.Count);
        Assert.Equal(seen.OrderByDescending(c => c.ReceiveTime.ToDateTime()).Select(c => c.Name), seen.Select(c => c.Name));
        Assert.All(seen, c =>
        {
            Assert.True(c.PersonalDataOmitted);
            Assert.Empty(c.Summary);
            Assert.Null(c.Child);
        });
    }

    [Fact]
    public async Task Lists_filter_by_municipality_and_status()
    {
        var received = new DateTime(2025, 4, 7, 20, 0, 0, DateTimeKind.Utc);
        var baerumCall = (await _staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Baerum, received: received))).Call;
        await _staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Asker, received: received));
        await _staff.AddCallEntryAsync(TestCalls.Entry(baerumCall.Name, CallEntryType.ReferredToDayService, received.AddMinutes(10)));

        var referredInBaerum = await _staff.ListCallsAsync(new ListCallsRequest
        {
            Parent = TestCalls.AskerOgBaerum,
            MunicipalityNumber = TestUser.Baerum,
            Status = CallStatus.Referred,
            ReceiveTimeFrom = Timestamp.FromDateTime(received),
            ReceiveTimeTo = Timestamp.FromDateTime(received.AddMinutes(1)),
        });

        Assert.Equal(baerumCall.Name, Assert.Single(referredInBaerum.Calls).Name);
    }

    [Fact]
    public async Task Units_are_data_and_each_caller_sees_the_units_that_concern_it()
    {
        var forBaerum = await _staff.ListOnCallUnitsAsync(new ListOnCallUnitsRequest());
        var unit = Assert.Single(forBaerum.OnCallUnits);
        Assert.Equal("Asker og Bærum barnevernvakt", unit.DisplayName);
        Assert.Equal(TestUser.Baerum, unit.HostMunicipality.Number);
        Assert.Equal(["3201", "3203"], unit.CoveredMunicipalities.Select(m => m.Number));

        var forSigdal = await suite.Gateway.OnCall(TestUser.SigdalCaseworker).ListOnCallUnitsAsync(new ListOnCallUnitsRequest());
        var buskerud = Assert.Single(forSigdal.OnCallUnits);
        Assert.Equal(TestCalls.MidtBuskerud, buskerud.Name);
        Assert.True(buskerud.OpeningHours.AlwaysOpen);
    }
}
