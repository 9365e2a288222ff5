using Intermunicipal.OnCall.Grpc;

namespace Intermunicipal.OnCall.UnitTests;

public sealed class ResourceNamesTests
{
    private const string Unit = "asker-og-baerum";
    private const string CallId = "0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f";
    private const string EntryId = "0195f0a5-0000-7000-8000-00000000000a";

    [Fact]
    public void Names_have_the_documented_form()
    {
        Assert.Equal("onCallUnits/asker-og-baerum", ResourceNames.Unit(Unit));
        Assert.Equal($"onCallUnits/asker-og-baerum/calls/{CallId}", ResourceNames.Call(Unit, CallId));
        Assert.Equal($"onCallUnits/asker-og-baerum/calls/{CallId}/entries/{EntryId}", ResourceNames.Entry(Unit, CallId, EntryId));
        Assert.Equal("onCallUnits/asker-og-baerum/handovers/3203-2026-03-02",
            ResourceNames.Handover(Unit, "3203", new DateOnly(2026, 3, 2)));
        Assert.Equal("onCallUnits/asker-og-baerum/auditEvents/42", ResourceNames.AuditEvent(Unit, "42"));
    }

    [Fact]
    public void A_unit_name_round_trips() =>
        Assert.Equal(Unit, ResourceNames.ParseUnit(ResourceNames.Unit(Unit), "parent"));

    [Fact]
    public void A_call_name_round_trips() =>
        Assert.Equal((Unit, CallId), ResourceNames.ParseCall(ResourceNames.Call(Unit, CallId), "name"));

    [Fact]
    public void An_entry_name_round_trips_under_its_call() =>
        Assert.Equal(EntryId, ResourceNames.ParseEntryOf(ResourceNames.Call(Unit, CallId),
            ResourceNames.Entry(Unit, CallId, EntryId), "entry.corrects_entry"));

    [Theory]
    [InlineData(2026, 3, 2)]
    [InlineData(2028, 2, 29)]
    [InlineData(2026, 12, 31)]
    public void A_handover_name_round_trips(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal((Unit, "3203", date), ResourceNames.ParseHandover(ResourceNames.Handover(Unit, "3203", date), "name"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("asker-og-baerum")]
    [InlineData("units/asker-og-baerum")]
    [InlineData("oncallunits/asker-og-baerum")]
    [InlineData("onCallUnits/")]
    [InlineData("onCallUnits/Asker-og-Baerum")]
    [InlineData("onCallUnits/asker_og_baerum")]
    [InlineData("onCallUnits/asker-og-baerum/")]
    [InlineData("onCallUnits/asker-og-baerum/calls")]
    public void A_malformed_unit_name_is_rejected_on_the_given_field(string name) =>
        RpcAssert.OnlyField("parent", () => ResourceNames.ParseUnit(name, "parent"));

    // In .NET, "$" also matches just before a final "\n", so "^...$" accepts a name followed by a
    // newline. A name is valid only if the whole string matches.
    [Fact]
    public void A_unit_name_with_a_trailing_newline_is_rejected() =>
        RpcAssert.OnlyField("parent", () => ResourceNames.ParseUnit(ResourceNames.Unit(Unit) + "\n", "parent"));

    [Fact]
    public void A_call_name_with_a_trailing_newline_is_rejected() =>
        RpcAssert.OnlyField("name", () => ResourceNames.ParseCall(ResourceNames.Call(Unit, CallId) + "\n", "name"));

    [Fact]
    public void A_handover_name_with_a_trailing_newline_is_rejected() =>
        RpcAssert.OnlyField("name", () => ResourceNames.ParseHandover(
            ResourceNames.Handover(Unit, "3203", new DateOnly(2026, 3, 2)) + "\n", "name"));

    [Fact]
    public void A_unit_id_longer_than_63_characters_is_rejected() =>
        RpcAssert.OnlyField("parent", () => ResourceNames.ParseUnit("onCallUnits/" + new string('a', 64), "parent"));

    [Theory]
    [InlineData("onCallUnits/asker-og-baerum/calls/not-a-uuid")]
    [InlineData("onCallUnits/asker-og-baerum/calls/0195F0A4-1C2B-7D3E-8F40-5A6B7C8D9E0F")]
    [InlineData("onCallUnits/asker-og-baerum/calls/0195f0a41c2b7d3e8f405a6b7c8d9e0f")]
    [InlineData("onCallUnits/asker-og-baerum/calls/{0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f}")]
    [InlineData("onCallUnits/ASKER/calls/0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f")]
    [InlineData("units/asker-og-baerum/calls/0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f")]
    [InlineData("onCallUnits/asker-og-baerum/calls/0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f/entries")]
    public void A_malformed_call_name_is_rejected_on_the_given_field(string name) =>
        RpcAssert.OnlyField("name", () => ResourceNames.ParseCall(name, "name"));

    [Theory]
    [InlineData("onCallUnits/asker-og-baerum/calls/0195f0a4-1c2b-7d3e-8f40-000000000001/entries/0195f0a5-0000-7000-8000-00000000000a")]
    [InlineData("0195f0a5-0000-7000-8000-00000000000a")]
    [InlineData("onCallUnits/asker-og-baerum/calls/0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f/entries/not-a-uuid")]
    [InlineData("onCallUnits/asker-og-baerum/calls/0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f/entries/")]
    [InlineData("onCallUnits/asker-og-baerum/calls/0195f0a4-1c2b-7d3e-8f40-5a6b7c8d9e0f/0195f0a5-0000-7000-8000-00000000000a")]
    public void An_entry_name_not_under_the_call_or_without_a_uuid_is_rejected(string name) =>
        RpcAssert.OnlyField("entry.corrects_entry",
            () => ResourceNames.ParseEntryOf(ResourceNames.Call(Unit, CallId), name, "entry.corrects_entry"));

    [Theory]
    [InlineData("onCallUnits/asker-og-baerum/handovers/3203-2026-02-30")]
    [InlineData("onCallUnits/asker-og-baerum/handovers/3203-2026-13-01")]
    [InlineData("onCallUnits/asker-og-baerum/handovers/3203-2026-00-10")]
    [InlineData("onCallUnits/asker-og-baerum/handovers/3203-2027-02-29")]
    public void A_handover_name_with_an_impossible_date_is_rejected(string name) =>
        RpcAssert.OnlyField("name", () => ResourceNames.ParseHandover(name, "name"));

    [Theory]
    [InlineData("onCallUnits/asker-og-baerum/handovers/320-2026-03-02")]
    [InlineData("onCallUnits/asker-og-baerum/handovers/3203-2026-3-2")]
    [InlineData("onCallUnits/asker-og-baerum/handovers/3203_2026-03-02")]
    [InlineData("onCallUnits/asker-og-baerum/handovers/2026-03-02")]
    [InlineData("onCallUnits/Asker/handovers/3203-2026-03-02")]
    [InlineData("onCallUnits/asker-og-baerum/handover/3203-2026-03-02")]
    public void A_malformed_handover_name_is_rejected(string name) =>
        RpcAssert.OnlyField("name", () => ResourceNames.ParseHandover(name, "name"));
}
