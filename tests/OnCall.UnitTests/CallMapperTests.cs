using Google.Protobuf.WellKnownTypes;
using Intermunicipal.Hosting.Time;
using Intermunicipal.OnCall.Grpc.Mapping;
using Intermunicipal.OnCall.Infrastructure.Entities;
using Intermunicipal.OnCall.V1;
using static Intermunicipal.OnCall.UnitTests.TestData;

namespace Intermunicipal.OnCall.UnitTests;

public sealed class CallMapperTests
{
    private const string CallId = "0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f";
    private static readonly DateTime Received = Utc(2026, 3, 13, 20, 30);

    private static CallRecord Record()
    {
        var record = Call(CallId, Received,
            Entry("e1", CallEntryType.AdviceGiven, Received.AddMinutes(5), callId: CallId),
            Entry("e2", CallEntryType.ReferredToDayService, Received.AddMinutes(5), corrects: "e1",
                created: Received.AddMinutes(40), callId: CallId),
            Entry("e3", CallEntryType.CallOut, Received.AddMinutes(10), Received.AddMinutes(70), callId: CallId));
        record.Entries[0].Note = "Spoke with the mother.";
        record.Entries[2].Note = "Visited the home.";
        record.ChildFullName = "Test Testesen";
        record.ChildBirthDate = new DateOnly(2015, 3, 15);
        record.ChildNationalIdentityNumber = "15831550039";
        record.Channel = Channel.Phone;
        record.ReporterType = ReporterType.Parent;
        record.Urgency = Urgency.Medium;
        record.ConcernCategories = ["NEGLECT"];
        record.HandlingStaff = ["staff-1"];
        record.CreateTime = Received.AddMinutes(2);
        record.HandoverDate = new DateOnly(2026, 3, 16);
        return record;
    }

    [Fact]
    public void Without_personal_data_the_summary_child_and_notes_are_left_out()
    {
        var call = CallMapper.ToProto(Record(), withPersonalData: false);

        Assert.True(call.PersonalDataOmitted);
        Assert.Equal("", call.Summary);
        Assert.Null(call.Child);
        Assert.All(call.Entries, e => Assert.Equal("", e.Note));
    }

    [Fact]
    public void With_personal_data_the_summary_child_and_notes_are_included()
    {
        var call = CallMapper.ToProto(Record(), withPersonalData: true);

        Assert.False(call.PersonalDataOmitted);
        Assert.Equal("summary", call.Summary);
        Assert.NotNull(call.Child);
        Assert.Equal("Test Testesen", call.Child.FullName);
        Assert.Equal(new Google.Type.Date { Year = 2015, Month = 3, Day = 15 }, call.Child.BirthDate);
        Assert.Equal("15831550039", call.Child.NationalIdentityNumber);
        Assert.Equal(["Spoke with the mother.", "Visited the home.", ""], call.Entries.Select(e => e.Note));
    }

    [Fact]
    public void A_call_without_child_data_has_no_child_even_with_personal_data()
    {
        var record = Record();
        record.ChildFullName = null;
        record.ChildBirthDate = null;
        record.ChildNationalIdentityNumber = null;

        Assert.Null(CallMapper.ToProto(record, withPersonalData: true).Child);
    }

    [Fact]
    public void The_call_carries_its_name_values_and_derived_status_and_outcome()
    {
        var call = CallMapper.ToProto(Record(), withPersonalData: false);

        Assert.Equal($"onCallUnits/{UnitId}/calls/{CallId}", call.Name);
        Assert.Equal(Timestamp.FromDateTime(Received), call.ReceiveTime);
        Assert.Equal(Channel.Phone, call.Channel);
        Assert.Equal(ReporterType.Parent, call.ReporterType);
        Assert.Equal(Urgency.Medium, call.Urgency);
        Assert.Equal(Covered, call.MunicipalityNumber);
        Assert.Equal(["NEGLECT"], call.ConcernCategories);
        Assert.Equal(["staff-1"], call.HandlingStaff);
        Assert.Equal(CallStatus.Referred, call.Status);
        Assert.Equal(CallOutcome.Referred, call.Outcome);
        Assert.Equal(new Google.Type.Date { Year = 2026, Month = 3, Day = 16 }, call.HandoverDate);
        Assert.Equal("staff", call.Creator);
    }

    [Fact]
    public void Every_entry_is_returned_oldest_first_with_its_effectiveness_and_correction_link()
    {
        var call = CallMapper.ToProto(Record(), withPersonalData: false);
        var entryName = $"onCallUnits/{UnitId}/calls/{CallId}/entries/";

        Assert.Equal([entryName + "e1", entryName + "e3", entryName + "e2"], call.Entries.Select(e => e.Name));
        Assert.Equal([false, true, true], call.Entries.Select(e => e.Effective));
        Assert.Equal(["", "", entryName + "e1"], call.Entries.Select(e => e.CorrectsEntry));
        Assert.Null(call.Entries[0].EndTime);
        Assert.Equal(Timestamp.FromDateTime(Received.AddMinutes(70)), call.Entries[1].EndTime);
    }

    [Fact]
    public void Stored_times_without_a_kind_are_read_as_UTC()
    {
        // Databases hand back DateTimeKind.Unspecified; the values are UTC.
        var unspecified = DateTime.SpecifyKind(Received, DateTimeKind.Unspecified);

        Assert.Equal(Timestamp.FromDateTime(Received), ProtoTime.ToTimestamp(unspecified));
        Assert.Null(ProtoTime.ToTimestampOrNull(null));
    }
}
