using Google.Protobuf.WellKnownTypes;
using Intermunicipal.OnCall.Grpc.Validation;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;

namespace Intermunicipal.OnCall.UnitTests;

public sealed class CallCorrectionValidatorTests
{
    private static readonly DateTime Now = TestData.Utc(2026, 11, 20, 12);
    private static readonly IReadOnlySet<string> Categories = new HashSet<string> { "omsorgssvikt", "annet" };

    private static CallRecord Current()
    {
        var call = TestData.Call("0190a000-0000-7000-8000-000000000001", TestData.Utc(2026, 11, 19, 21));
        call.Channel = Channel.Phone;
        call.ReporterType = ReporterType.Parent;
        call.Urgency = Urgency.Medium;
        call.ConcernCategories = ["omsorgssvikt"];
        call.HandlingStaff = ["staff"];
        return call;
    }

    private static CorrectCallRequest Request(Action<Call> change, params string[] paths)
    {
        var call = new Call { Name = "onCallUnits/asker-og-baerum/calls/0190a000-0000-7000-8000-000000000001" };
        change(call);
        return new CorrectCallRequest { Call = call, UpdateMask = new FieldMask { Paths = { paths } }, RequestId = Guid.NewGuid().ToString() };
    }

    [Fact]
    public void A_municipality_correction_records_before_and_after_of_that_field_only()
    {
        var (corrected, change) = CallCorrectionValidator.Validate(
            Request(c => c.MunicipalityNumber = TestData.Host, "municipality_number"), Current(), TestData.Unit(), Categories, Now);

        Assert.Equal(TestData.Host, corrected.MunicipalityNumber);
        Assert.Equal(Urgency.Medium, corrected.Urgency);
        Assert.Equal(new Call { MunicipalityNumber = TestData.Covered }, change.Previous);
        Assert.Equal(new Call { MunicipalityNumber = TestData.Host }, change.Corrected);
    }

    [Fact]
    public void Clearing_the_child_is_a_correction_of_the_whole_child()
    {
        var current = Current();
        current.ChildFullName = "Navn Navnesen";

        var (corrected, change) = CallCorrectionValidator.Validate(Request(_ => { }, "child"), current, TestData.Unit(), Categories, Now);

        Assert.Null(corrected.ChildFullName);
        Assert.Equal("Navn Navnesen", change.Previous.Child.FullName);
        Assert.Null(change.Corrected.Child);
    }

    [Theory]
    [InlineData("handling_staff")]
    [InlineData("name")]
    [InlineData("entries")]
    public void Only_correctable_fields_may_be_named(string path) =>
        RpcAssert.OnlyField("update_mask", () => CallCorrectionValidator.Validate(
            Request(_ => { }, path), Current(), TestData.Unit(), Categories, Now));

    [Fact]
    public void An_empty_or_repeated_mask_is_refused()
    {
        RpcAssert.OnlyField("update_mask", () => CallCorrectionValidator.Validate(Request(_ => { }), Current(), TestData.Unit(), Categories, Now));
        RpcAssert.OnlyField("update_mask", () => CallCorrectionValidator.Validate(
            Request(c => c.Urgency = Urgency.Low, "urgency", "urgency"), Current(), TestData.Unit(), Categories, Now));
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        RpcAssert.OnlyField("update_mask", () => CallCorrectionValidator.Validate(
            Request(c => c.Urgency = Urgency.Medium, "urgency"), Current(), TestData.Unit(), Categories, Now));
    }

    [Fact]
    public void An_unchanged_personal_field_is_recorded_rather_than_refused_so_refusal_reveals_nothing()
    {
        var (_, change) = CallCorrectionValidator.Validate(Request(c => c.Summary = "summary", "summary"), Current(), TestData.Unit(), Categories, Now);

        Assert.Equal(change.Previous, change.Corrected);
    }

    [Fact]
    public void Fields_the_mask_does_not_name_are_not_judged_again()
    {
        var current = Current();
        current.ConcernCategories = ["deactivated-since"];

        var (corrected, _) = CallCorrectionValidator.Validate(Request(c => c.Urgency = Urgency.Low, "urgency"), current, TestData.Unit(), Categories, Now);

        Assert.Equal(Urgency.Low, corrected.Urgency);
        Assert.Equal(["deactivated-since"], corrected.ConcernCategories);
    }

    [Fact]
    public void The_corrected_call_must_pass_every_log_call_rule()
    {
        RpcAssert.OnlyField("call.municipality_number", () => CallCorrectionValidator.Validate(
            Request(c => c.MunicipalityNumber = TestData.ThirdMunicipality, "municipality_number"), Current(), TestData.Unit(), Categories, Now));
        RpcAssert.OnlyField("call.receive_time", () => CallCorrectionValidator.Validate(
            Request(c => c.ReceiveTime = Timestamp.FromDateTime(Now.AddDays(1)), "receive_time"), Current(), TestData.Unit(), Categories, Now));
    }
}
