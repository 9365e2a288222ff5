using Google.Protobuf.WellKnownTypes;
using Intermunicipal.OnCall.Grpc.Validation;
using Intermunicipal.OnCall.V1;
using static Intermunicipal.OnCall.UnitTests.TestData;

namespace Intermunicipal.OnCall.UnitTests;

public sealed class LogCallValidatorTests
{
    private static readonly DateTime Now = Utc(2026, 11, 20, 12, 0);
    private static readonly DateTime Received = Utc(2026, 11, 19, 21, 30);
    private static readonly HashSet<string> ActiveCategories = ["VIOLENCE", "NEGLECT", "SUBSTANCE_ABUSE"];
    private const string RequestId = "0b5d3f0e-6c1a-4f7e-9a57-1c2d3e4f5a6b";

    /// <summary>15 March 2015, synthetic (month + 80), individual number 500.</summary>
    private const string ChildNumber = "15831550039";

    private static LogCallRequest Valid() => new()
    {
        Parent = "onCallUnits/" + UnitId,
        RequestId = RequestId,
        Call = new Call
        {
            ReceiveTime = Ts(Received),
            Channel = Channel.Police,
            ReporterType = ReporterType.School,
            MunicipalityNumber = Covered,
            ConcernCategories = { "VIOLENCE", "NEGLECT" },
            Urgency = Urgency.Acute,
            Summary = "Teacher reports bruises; child afraid to go home.",
            Child = new ChildIdentity
            {
                FullName = "Test Testesen",
                BirthDate = new Google.Type.Date { Year = 2015, Month = 3, Day = 15 },
                NationalIdentityNumber = ChildNumber,
            },
            HandlingStaff = { "staff-1", "staff-2" },
        },
    };

    private static Infrastructure.Entities.CallRecord Validate(LogCallRequest request) =>
        LogCallValidator.Validate(request, Unit(), ActiveCategories, Now);

    private static void AssertOnly(string field, Action<LogCallRequest> spoil)
    {
        var request = Valid();
        spoil(request);
        RpcAssert.OnlyField(field, () => Validate(request));
    }

    [Fact]
    public void A_valid_request_becomes_a_call_record_with_the_given_values()
    {
        var record = Validate(Valid());

        Assert.True(Guid.TryParseExact(record.Id, "D", out var id));
        Assert.Equal(7, id.Version);
        Assert.Equal(UnitId, record.UnitId);
        Assert.Equal(RequestId, record.RequestId);
        Assert.Equal(Received, record.ReceiveTime);
        Assert.Equal(DateTimeKind.Utc, record.ReceiveTime.Kind);
        Assert.Equal(Channel.Police, record.Channel);
        Assert.Equal(ReporterType.School, record.ReporterType);
        Assert.Equal(Covered, record.MunicipalityNumber);
        Assert.Equal(["VIOLENCE", "NEGLECT"], record.ConcernCategories);
        Assert.Equal(Urgency.Acute, record.Urgency);
        Assert.Equal("Teacher reports bruises; child afraid to go home.", record.Summary);
        Assert.Equal("Test Testesen", record.ChildFullName);
        Assert.Equal(new DateOnly(2015, 3, 15), record.ChildBirthDate);
        Assert.Equal(ChildNumber, record.ChildNationalIdentityNumber);
        Assert.Equal(["staff-1", "staff-2"], record.HandlingStaff);
        Assert.Equal(Now, record.CreateTime);
        Assert.Empty(record.Entries);
    }

    [Fact]
    public void A_call_without_a_child_stores_no_child_data()
    {
        var request = Valid();
        request.Call.Child = null;

        var record = Validate(request);

        Assert.Null(record.ChildFullName);
        Assert.Null(record.ChildBirthDate);
        Assert.Null(record.ChildNationalIdentityNumber);
    }

    [Fact]
    public void Empty_child_fields_are_stored_as_null()
    {
        var request = Valid();
        request.Call.Child = new ChildIdentity { FullName = "Test Testesen" };

        var record = Validate(request);

        Assert.Equal("Test Testesen", record.ChildFullName);
        Assert.Null(record.ChildBirthDate);
        Assert.Null(record.ChildNationalIdentityNumber);
    }

    [Fact]
    public void A_receive_time_within_the_allowed_clock_skew_is_accepted() =>
        Assert.Equal(Now.AddMinutes(4), Validate(WithReceiveTime(Now.AddMinutes(4))).ReceiveTime);

    [Fact]
    public void A_call_of_the_host_municipality_is_accepted()
    {
        var request = Valid();
        request.Call.MunicipalityNumber = Host;

        Assert.Equal(Host, Validate(request).MunicipalityNumber);
    }

    private static LogCallRequest WithReceiveTime(DateTime utc)
    {
        var request = Valid();
        request.Call.ReceiveTime = Ts(utc);
        return request;
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-uuid")]
    [InlineData("0b5d3f0e6c1a4f7e9a571c2d3e4f5a6b")]
    public void A_request_id_that_is_not_a_UUID_is_rejected(string requestId) =>
        AssertOnly("request_id", r => r.RequestId = requestId);

    [Fact]
    public void A_missing_call_is_rejected() =>
        AssertOnly("call", r => r.Call = null);

    [Fact]
    public void A_missing_call_and_a_bad_request_id_are_reported_together()
    {
        var request = new LogCallRequest { RequestId = "x" };

        Assert.Equal(["request_id", "call"], RpcAssert.InvalidFields(() => Validate(request)));
    }

    [Fact]
    public void A_missing_receive_time_is_rejected() =>
        AssertOnly("call.receive_time", r => r.Call.ReceiveTime = null);

    [Fact]
    public void A_receive_time_in_the_future_is_rejected() =>
        AssertOnly("call.receive_time", r => r.Call.ReceiveTime = Ts(Now.AddMinutes(6)));

    [Fact]
    public void A_receive_time_before_2000_is_rejected() =>
        AssertOnly("call.receive_time", r => r.Call.ReceiveTime = Ts(Utc(1999, 12, 31, 23, 59, 59)));

    [Fact]
    public void A_receive_time_with_invalid_nanos_is_rejected() =>
        AssertOnly("call.receive_time", r => r.Call.ReceiveTime = new Timestamp { Seconds = r.Call.ReceiveTime.Seconds, Nanos = -1 });

    [Fact]
    public void An_unspecified_channel_is_rejected() =>
        AssertOnly("call.channel", r => r.Call.Channel = Channel.Unspecified);

    [Fact]
    public void An_undefined_channel_value_is_rejected() =>
        AssertOnly("call.channel", r => r.Call.Channel = (Channel)99);

    [Fact]
    public void An_unspecified_reporter_type_is_rejected() =>
        AssertOnly("call.reporter_type", r => r.Call.ReporterType = ReporterType.Unspecified);

    [Fact]
    public void An_undefined_reporter_type_value_is_rejected() =>
        AssertOnly("call.reporter_type", r => r.Call.ReporterType = (ReporterType)12);

    [Fact]
    public void An_unspecified_urgency_is_rejected() =>
        AssertOnly("call.urgency", r => r.Call.Urgency = Urgency.Unspecified);

    [Fact]
    public void An_undefined_urgency_value_is_rejected() =>
        AssertOnly("call.urgency", r => r.Call.Urgency = (Urgency)(-1));

    [Theory]
    [InlineData("")]
    [InlineData("301")]
    [InlineData("03011")]
    [InlineData("03a1")]
    public void A_malformed_municipality_number_is_rejected(string number) =>
        AssertOnly("call.municipality_number", r => r.Call.MunicipalityNumber = number);

    [Fact]
    public void A_municipality_the_unit_does_not_cover_is_rejected() =>
        AssertOnly("call.municipality_number", r => r.Call.MunicipalityNumber = ThirdMunicipality);

    [Fact]
    public void No_concern_categories_is_rejected() =>
        AssertOnly("call.concern_categories", r => r.Call.ConcernCategories.Clear());

    [Fact]
    public void More_than_20_concern_categories_is_rejected() =>
        AssertOnly("call.concern_categories", r => r.Call.ConcernCategories.Add(Enumerable.Repeat("NEGLECT", 19)));

    [Fact]
    public void An_unknown_concern_category_is_rejected_by_its_index() =>
        AssertOnly("call.concern_categories[1]", r => r.Call.ConcernCategories[1] = "UNKNOWN");

    [Fact]
    public void A_concern_category_code_is_case_sensitive() =>
        AssertOnly("call.concern_categories[0]", r => r.Call.ConcernCategories[0] = "violence");

    [Fact]
    public void A_repeated_concern_category_is_rejected() =>
        AssertOnly("call.concern_categories", r => r.Call.ConcernCategories.Add("VIOLENCE"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\t")]
    public void A_blank_summary_is_rejected(string summary) =>
        AssertOnly("call.summary", r => r.Call.Summary = summary);

    [Fact]
    public void A_summary_of_4000_characters_is_accepted()
    {
        var request = Valid();
        request.Call.Summary = new string('x', 4000);

        Assert.Equal(4000, Validate(request).Summary.Length);
    }

    [Fact]
    public void A_summary_of_4001_characters_is_rejected() =>
        AssertOnly("call.summary", r => r.Call.Summary = new string('x', 4001));

    [Fact]
    public void No_handling_staff_is_rejected() =>
        AssertOnly("call.handling_staff", r => r.Call.HandlingStaff.Clear());

    [Fact]
    public void More_than_10_handling_staff_is_rejected() =>
        AssertOnly("call.handling_staff", r => r.Call.HandlingStaff.Add(Enumerable.Range(3, 9).Select(i => $"staff-{i}")));

    [Fact]
    public void Ten_handling_staff_are_accepted()
    {
        var request = Valid();
        request.Call.HandlingStaff.Add(Enumerable.Range(3, 8).Select(i => $"staff-{i}"));

        Assert.Equal(10, Validate(request).HandlingStaff.Count);
    }

    [Fact]
    public void A_blank_handling_staff_member_is_rejected_by_its_index() =>
        AssertOnly("call.handling_staff[1]", r => r.Call.HandlingStaff[1] = " ");

    [Theory]
    [InlineData("1583155003")] // too short
    [InlineData("15831550038")] // wrong check digit
    [InlineData("32831550039")] // day 32
    public void An_invalid_national_identity_number_is_rejected(string number) =>
        AssertOnly("call.child.national_identity_number", r => r.Call.Child.NationalIdentityNumber = number);

    [Fact]
    public void An_impossible_birth_date_is_rejected() =>
        AssertOnly("call.child.birth_date", r => r.Call.Child.BirthDate = new Google.Type.Date { Year = 2020, Month = 2, Day = 30 });

    [Fact]
    public void An_empty_birth_date_message_is_rejected() =>
        AssertOnly("call.child.birth_date", r => r.Call.Child.BirthDate = new Google.Type.Date());

    [Fact]
    public void A_birth_date_in_the_future_is_rejected() =>
        AssertOnly("call.child.birth_date", r => r.Call.Child.BirthDate = new Google.Type.Date { Year = 2026, Month = 11, Day = 21 });

    [Fact]
    public void A_child_born_today_is_accepted()
    {
        var request = Valid();
        request.Call.Child.BirthDate = new Google.Type.Date { Year = 2026, Month = 11, Day = 20 };
        request.Call.Child.NationalIdentityNumber = "";

        Assert.Equal(new DateOnly(2026, 11, 20), Validate(request).ChildBirthDate);
    }

    [Fact]
    public void A_child_born_today_in_Oslo_just_after_midnight_is_accepted()
    {
        // 23:30Z on 20 November is 00:30 on 21 November in Oslo: a hospital calls about a newborn.
        var now = Utc(2026, 11, 20, 23, 30);
        var request = Valid();
        request.Call.Child.BirthDate = new Google.Type.Date { Year = 2026, Month = 11, Day = 21 };
        request.Call.Child.NationalIdentityNumber = "";

        var record = LogCallValidator.Validate(request, Unit(), ActiveCategories, now);

        Assert.Equal(new DateOnly(2026, 11, 21), record.ChildBirthDate);
    }

    [Fact]
    public void A_child_name_over_200_characters_is_rejected() =>
        AssertOnly("call.child.full_name", r => r.Call.Child.FullName = new string('n', 201));

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var request = Valid();
        request.RequestId = "";
        request.Call.ReceiveTime = null;
        request.Call.Channel = (Channel)99;
        request.Call.MunicipalityNumber = ThirdMunicipality;
        request.Call.ConcernCategories.Clear();
        request.Call.Summary = "";
        request.Call.HandlingStaff.Clear();
        request.Call.Child.NationalIdentityNumber = "12345678901";

        var fields = RpcAssert.InvalidFields(() => Validate(request));

        Assert.Equal(
            [
                "request_id", "call.receive_time", "call.channel", "call.municipality_number",
                "call.concern_categories", "call.summary", "call.handling_staff", "call.child.national_identity_number",
            ],
            fields);
    }
}
