using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Intermunicipal.OnCall.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests;

/// <summary>Bad input is INVALID_ARGUMENT naming the field, and nothing is stored.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ValidationTests(SuiteFixture suite)
{
    private readonly OnCallService.OnCallServiceClient _staff = suite.Gateway.OnCall(TestUser.BaerumStaff);

    public static TheoryData<string, string> BadCalls => new()
    {
        { "request_id", "not-a-uuid" },
        { "request_id", "padded" },
        { "call.receive_time", "missing" },
        { "call.receive_time", "future" },
        { "call.receive_time", "before-2000" },
        { "call.channel", "unspecified" },
        { "call.channel", "undefined" },
        { "call.reporter_type", "unspecified" },
        { "call.urgency", "unspecified" },
        { "call.municipality_number", "malformed" },
        { "call.municipality_number", "not-covered" },
        { "call.concern_categories", "empty" },
        { "call.concern_categories[0]", "unknown" },
        { "call.summary", "blank" },
        { "call.summary", "too-long" },
        { "call.summary", "nul-character" },
        { "call.handling_staff", "empty" },
        { "call.child.national_identity_number", "bad-check-digit" },
        { "call.child.birth_date", "impossible" },
    };

    [Theory]
    [MemberData(nameof(BadCalls))]
    public async Task A_bad_call_is_refused_naming_the_field_and_nothing_is_stored(string field, string badness)
    {
        var request = TestCalls.Valid(received: new DateTime(2024, 1, 5, 21, 0, 0, DateTimeKind.Utc));
        Spoil(request, badness);
        var before = await TestCalls.CountCallsAsync(_staff, TestCalls.AskerOgBaerum);

        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.LogCallAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Contains(field, TestCalls.ViolatedFields(refused));
        Assert.Contains(field, refused.Status.Detail);
        Assert.Equal(before, await TestCalls.CountCallsAsync(_staff, TestCalls.AskerOgBaerum));
    }

    [Fact]
    public async Task Every_bad_field_is_reported_at_once_and_no_personal_data_is_echoed()
    {
        var request = TestCalls.Valid();
        request.Call.Channel = Channel.Unspecified;
        request.Call.MunicipalityNumber = "12";
        request.Call.Child.NationalIdentityNumber = "01018012345";

        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.LogCallAsync(request).ResponseAsync);

        Assert.Equal(["call.channel", "call.municipality_number", "call.child.national_identity_number"], TestCalls.ViolatedFields(refused));
        Assert.DoesNotContain("01018012345", refused.Status.Detail);
        Assert.DoesNotContain(request.Call.Summary, refused.Status.Detail);
    }

    [Theory]
    [InlineData("")]
    [InlineData("onCallUnits/")]
    [InlineData("onCallUnits/Asker")]
    [InlineData("units/asker-og-baerum")]
    public async Task A_malformed_parent_is_invalid_argument(string parent)
    {
        var request = TestCalls.Valid();
        request.Parent = parent;

        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.LogCallAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["parent"], TestCalls.ViolatedFields(refused));
    }

    [Fact]
    public async Task An_unknown_unit_is_not_found()
    {
        var request = TestCalls.Valid(unit: "onCallUnits/finnes-ikke");

        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.LogCallAsync(request).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task A_bad_entry_is_refused_and_the_call_keeps_its_history()
    {
        var call = (await _staff.LogCallAsync(TestCalls.Valid())).Call;
        var start = TestCalls.FridayEvening.AddMinutes(30);
        var backwards = TestCalls.Entry(call.Name, CallEntryType.CallOut, start, start.AddMinutes(-1));
        var noBasis = TestCalls.Entry(call.Name, CallEntryType.EmergencyDecision, start);
        var beforeCall = TestCalls.Entry(call.Name, CallEntryType.AdviceGiven, TestCalls.FridayEvening.AddHours(-1));
        var foreignCorrection = TestCalls.Entry(call.Name, CallEntryType.AdviceGiven, start);
        foreignCorrection.Entry.CorrectsEntry = TestCalls.AskerOgBaerum + "/calls/00000000-0000-7000-8000-000000000000/entries/00000000-0000-7000-8000-000000000001";

        Assert.Equal(["entry.end_time"], await RefusedFieldsAsync(backwards));
        Assert.Equal(["entry.legal_basis"], await RefusedFieldsAsync(noBasis));
        Assert.Equal(["entry.occur_time"], await RefusedFieldsAsync(beforeCall));
        Assert.Equal(["entry.corrects_entry"], await RefusedFieldsAsync(foreignCorrection));
        var after = (await _staff.GetCallAsync(new GetCallRequest { Name = call.Name })).Call;
        Assert.Empty(after.Entries);
    }

    [Fact]
    public async Task A_garbage_page_token_is_invalid_argument()
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.ListCallsAsync(
            new ListCallsRequest { Parent = TestCalls.AskerOgBaerum, PageToken = "bm90LWEtdG9rZW4" }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        Assert.Equal(["page_token"], TestCalls.ViolatedFields(refused));
    }

    [Fact]
    public async Task A_page_token_only_fits_the_filters_it_was_made_for()
    {
        for (var i = 0; i < 3; i++)
        {
            await _staff.LogCallAsync(TestCalls.Valid(municipality: TestUser.Baerum));
        }

        var first = await _staff.ListCallsAsync(new ListCallsRequest { Parent = TestCalls.AskerOgBaerum, MunicipalityNumber = TestUser.Baerum, PageSize = 1 });
        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.ListCallsAsync(new ListCallsRequest
        {
            Parent = TestCalls.AskerOgBaerum,
            MunicipalityNumber = TestUser.Asker,
            PageSize = 1,
            PageToken = first.NextPageToken,
        }).ResponseAsync);

        Assert.NotEmpty(first.NextPageToken);
        Assert.Equal(["page_token"], TestCalls.ViolatedFields(refused));
    }

    [Fact]
    public async Task A_usage_period_must_be_whole_and_in_order()
    {
        var finance = suite.Gateway.OnCall(TestUser.BaerumFinance);
        var request = new GetBillableUsageRequest
        {
            OnCallUnit = TestCalls.AskerOgBaerum,
            MunicipalityNumber = TestUser.Asker,
            Period = new Intermunicipal.Common.V1.Period
            {
                StartDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 31 },
                EndDate = new Google.Type.Date { Year = 2026, Month = 3, Day = 1 },
            },
        };

        var refused = await Assert.ThrowsAsync<RpcException>(() => finance.GetBillableUsageAsync(request).ResponseAsync);

        Assert.Equal(["period.end_date"], TestCalls.ViolatedFields(refused));
    }

    private async Task<IReadOnlyList<string>> RefusedFieldsAsync(AddCallEntryRequest request)
    {
        var refused = await Assert.ThrowsAsync<RpcException>(() => _staff.AddCallEntryAsync(request).ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, refused.StatusCode);
        return TestCalls.ViolatedFields(refused);
    }

    private static void Spoil(LogCallRequest request, string badness)
    {
        var call = request.Call;
        switch (badness)
        {
            case "not-a-uuid": request.RequestId = "retry-1"; break;
            case "padded": request.RequestId = " " + request.RequestId + " "; break;
            case "nul-character": call.Summary = "Ringte\0 igjen"; break;
            case "missing": call.ReceiveTime = null; break;
            case "future": call.ReceiveTime = Timestamp.FromDateTime(DateTime.UtcNow.AddHours(2)); break;
            case "before-2000": call.ReceiveTime = new Timestamp { Seconds = -1000 }; break;
            case "unspecified":
                call.Channel = Channel.Unspecified; call.ReporterType = ReporterType.Unspecified; call.Urgency = Urgency.Unspecified; break;
            case "undefined": call.Channel = (Channel)99; break;
            case "malformed": call.MunicipalityNumber = "32O1"; break;
            case "not-covered": call.MunicipalityNumber = "0301"; break;
            case "empty":
                call.ConcernCategories.Clear(); call.HandlingStaff.Clear(); break;
            case "unknown": call.ConcernCategories[0] = "finnes-ikke"; break;
            case "blank": call.Summary = "   "; break;
            case "too-long": call.Summary = new string('x', 4001); break;
            case "bad-check-digit": call.Child.NationalIdentityNumber = call.Child.NationalIdentityNumber[..10] + ((call.Child.NationalIdentityNumber[10] - '0' + 1) % 10); break;
            case "impossible": call.Child.BirthDate = new Google.Type.Date { Year = 2015, Month = 2, Day = 30 }; break;
            default: throw new ArgumentOutOfRangeException(nameof(badness), badness, null);
        }
    }
}
