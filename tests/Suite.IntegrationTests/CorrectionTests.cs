using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>A call's own details are corrected by a recorded change, never edited away.</summary>
[Collection(SuiteCollection.Name)]
public sealed class CorrectionTests(SuiteFixture suite)
{
    private readonly OnCallService.OnCallServiceClient _staff = suite.Gateway.OnCall(TestUser.BaerumStaff);

    [Fact]
    public async Task A_call_logged_for_the_wrong_municipality_moves_to_the_right_one_with_its_history()
    {
        var received = new DateTime(2025, 11, 4, 21, 0, 0, DateTimeKind.Utc);
        var call = (await _staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Asker, received: received))).Call;
        var asker = suite.Gateway.OnCall(TestUser.AskerCaseworker);
        var handover = (await asker.ListHandoversAsync(new ListHandoversRequest { Parent = TestCalls.AskerOgBaerum, MunicipalityNumber = TestUser.Asker }))
            .Handovers.Single(h => h.Calls.Any(c => c.Call == call.Name));
        await asker.AcknowledgeHandoverAsync(new AcknowledgeHandoverRequest { Name = handover.Name, RequestId = Guid.NewGuid().ToString() });

        var corrected = (await _staff.CorrectCallAsync(Correction(call.Name, c => c.MunicipalityNumber = TestUser.Baerum, "municipality_number"))).Call;

        Assert.Equal(TestUser.Baerum, corrected.MunicipalityNumber);
        var change = Assert.Single(corrected.Entries).DetailsChange;
        Assert.Equal(TestUser.Asker, change.Previous.MunicipalityNumber);
        Assert.Equal(TestUser.Baerum, change.Corrected.MunicipalityNumber);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            asker.GetCallAsync(new GetCallRequest { Name = call.Name }).ResponseAsync)).StatusCode);
        var baerum = suite.Gateway.OnCall(TestUser.BaerumCaseworker);
        var pending = await baerum.ListHandoversAsync(new ListHandoversRequest
        {
            Parent = TestCalls.AskerOgBaerum,
            MunicipalityNumber = TestUser.Baerum,
            PendingOnly = true,
        });
        Assert.Contains(pending.Handovers, h => h.Calls.Any(c => c.Call == call.Name && !c.Acknowledged));
    }

    [Fact]
    public async Task Corrected_personal_details_are_kept_in_history_but_shown_only_where_personal_data_is()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var request = Correction(call.Name, c => c.Summary = "Rettet sammendrag.", "summary");
        request.Reason = "Skrivefeil";

        var answer = (await _staff.CorrectCallAsync(request)).Call;
        var read = (await _staff.GetCallAsync(new GetCallRequest { Name = call.Name })).Call;

        var hidden = answer.Entries.Single().DetailsChange;
        Assert.All(new[] { hidden.Previous, hidden.Corrected }, side =>
        {
            Assert.Empty(side.Summary);
            Assert.Null(side.Child);
            Assert.True(side.PersonalDataOmitted);
        });
        Assert.Equal("Rettet sammendrag.", read.Summary);
        var change = read.Entries.Single();
        Assert.Equal(CallEntryType.DetailsCorrected, change.Type);
        Assert.Equal("baerum-vakt", change.Author);
        Assert.Equal("Skrivefeil", change.Note);
        Assert.Equal(call.Summary, change.DetailsChange.Previous.Summary);
        Assert.Equal("Rettet sammendrag.", change.DetailsChange.Corrected.Summary);
    }

    [Fact]
    public async Task A_later_receive_time_moves_the_call_to_the_right_morning()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var mondayEvening = TestCalls.FridayEvening.AddDays(3);

        var corrected = (await _staff.CorrectCallAsync(Correction(call.Name, c => c.ReceiveTime = Timestamp.FromDateTime(mondayEvening), "receive_time"))).Call;

        Assert.Equal(new Google.Type.Date { Year = 2026, Month = 3, Day = 16 }, call.HandoverDate);
        Assert.Equal(Timestamp.FromDateTime(mondayEvening), corrected.ReceiveTime);
        Assert.Equal(new Google.Type.Date { Year = 2026, Month = 3, Day = 17 }, corrected.HandoverDate);
    }

    [Theory]
    [InlineData("handling_staff", "update_mask")]
    [InlineData("", "update_mask")]
    [InlineData("child.full_name", "update_mask")]
    [InlineData(null, "update_mask")]
    [InlineData("municipality_number", "call.municipality_number")]
    public async Task A_bad_correction_is_refused_naming_the_field_and_changes_nothing(string? path, string field)
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var request = path is null
            ? Correction(call.Name, c => c.MunicipalityNumber = TestUser.Oslo)
            : Correction(call.Name, c => c.MunicipalityNumber = TestUser.Oslo, path);

        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.CorrectCallAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, TestCalls.ViolatedFields(refused));
        var after = (await _staff.GetCallAsync(new GetCallRequest { Name = call.Name })).Call;
        Assert.Equal(TestUser.Asker, after.MunicipalityNumber);
        Assert.Empty(after.Entries);
    }

    [Fact]
    public async Task A_retried_correction_is_recorded_once_and_only_staff_may_correct()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var request = Correction(call.Name, c => c.Urgency = Urgency.Low, "urgency");

        await _staff.CorrectCallAsync(request);
        var retried = (await _staff.CorrectCallAsync(request)).Call;

        Assert.Single(retried.Entries);
        Assert.Equal(StatusCode.PermissionDenied, (await Assert.ThrowsAsync<RpcException>(() =>
            suite.Gateway.OnCall(TestUser.AskerCaseworker).CorrectCallAsync(Correction(call.Name, c => c.Urgency = Urgency.Acute, "urgency")).ResponseAsync)).StatusCode);
    }

    [Fact]
    public async Task A_details_correction_cannot_be_added_or_corrected_as_an_ordinary_entry()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var correction = (await _staff.CorrectCallAsync(Correction(call.Name, c => c.Urgency = Urgency.Low, "urgency"))).Call.Entries.Single();
        var disguised = TestCalls.Entry(call.Name, CallEntryType.DetailsCorrected, TestCalls.FridayEvening.AddMinutes(1));
        var retraction = new AddCallEntryRequest
        {
            Parent = call.Name,
            RequestId = Guid.NewGuid().ToString(),
            Entry = new CallEntry { Retraction = true, CorrectsEntry = correction.Name },
        };

        Assert.Contains("entry.type", TestCalls.ViolatedFields(await Assert.ThrowsAsync<RpcException>(() => _staff.AddCallEntryAsync(disguised).ResponseAsync)));
        Assert.Contains("entry.corrects_entry", TestCalls.ViolatedFields(await Assert.ThrowsAsync<RpcException>(() => _staff.AddCallEntryAsync(retraction).ResponseAsync)));
    }

    [Fact]
    public async Task A_request_id_of_an_entry_cannot_be_reused_for_a_correction()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var entry = TestCalls.Entry(call.Name, CallEntryType.AdviceGiven, TestCalls.FridayEvening.AddMinutes(2));
        await _staff.AddCallEntryAsync(entry);
        var correction = Correction(call.Name, c => c.Urgency = Urgency.Low, "urgency");
        correction.RequestId = entry.RequestId;

        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.CorrectCallAsync(correction).ResponseAsync);

        Assert.Equal(StatusCode.AlreadyExists, refused.StatusCode);
        Assert.Equal(Urgency.Acute, (await _staff.GetCallAsync(new GetCallRequest { Name = call.Name })).Call.Urgency);
    }

    [Fact]
    public async Task The_receive_time_cannot_move_past_what_was_done_on_the_call()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        await _staff.AddCallEntryAsync(TestCalls.Entry(call.Name, CallEntryType.AdviceGiven, TestCalls.FridayEvening.AddMinutes(10)));

        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.CorrectCallAsync(Correction(call.Name,
            c => c.ReceiveTime = Timestamp.FromDateTime(TestCalls.FridayEvening.AddMinutes(30)), "receive_time")).ResponseAsync);

        Assert.Equal(["call.receive_time"], TestCalls.ViolatedFields(refused));
    }

    [Fact]
    public async Task A_correction_based_on_an_outdated_read_is_aborted()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Asker, received: new DateTime(2025, 12, 2, 21, 0, 0, DateTimeKind.Utc)))).Call;
        var asker = suite.Gateway.OnCall(TestUser.AskerCaseworker);
        var handover = (await asker.ListHandoversAsync(new ListHandoversRequest { Parent = TestCalls.AskerOgBaerum, MunicipalityNumber = TestUser.Asker }))
            .Handovers.Single(h => h.Calls.Any(c => c.Call == call.Name));
        await asker.AcknowledgeHandoverAsync(new AcknowledgeHandoverRequest { Name = handover.Name, RequestId = Guid.NewGuid().ToString() });
        var stale = Correction(call.Name, c => c.MunicipalityNumber = TestUser.Baerum, "municipality_number");
        stale.Call.Etag = call.Etag;

        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.CorrectCallAsync(stale).ResponseAsync);

        Assert.Equal(StatusCode.Aborted, refused.StatusCode);
        var fresh = (await _staff.GetCallAsync(new GetCallRequest { Name = call.Name })).Call;
        stale.Call.Etag = fresh.Etag;
        stale.RequestId = Guid.NewGuid().ToString();
        Assert.Equal(TestUser.Baerum, (await _staff.CorrectCallAsync(stale)).Call.MunicipalityNumber);
    }

    private static CorrectCallRequest Correction(string callName, Action<Call> change, params string[] paths)
    {
        var call = new Call { Name = callName };
        change(call);
        var request = new CorrectCallRequest { Call = call, RequestId = Guid.NewGuid().ToString(), UpdateMask = new FieldMask() };
        request.UpdateMask.Paths.AddRange(paths);
        return request;
    }
}
