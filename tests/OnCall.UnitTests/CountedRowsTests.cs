using Intermunicipal.OnCall.Domain;
using Intermunicipal.OnCall.Infrastructure;
using Intermunicipal.OnCall.Infrastructure.Entities;

namespace Intermunicipal.OnCall.UnitTests;

/// <summary>Usage reads each call once per entry (or once without); counting needs each call once, holding all its entries.</summary>
public sealed class CountedRowsTests
{
    private static readonly DateTime Morning = new(2025, 3, 4, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Each_call_comes_once_in_order_holding_its_own_entries_only()
    {
        CountedRow[] rows =
        [
            new(Call("a", 0), null),
            new(Call("b", 1), Entry("b", "b-1")),
            new(Call("b", 1), Entry("b", "b-2")),
            new(Call("c", 1), null),
            new(Call("d", 2), Entry("d", "d-1")),
        ];

        var calls = UsageQueries.Calls(rows);

        Assert.Equal(["a", "b", "c", "d"], calls.Select(c => c.Id));
        Assert.Equal([[], ["b-1", "b-2"], [], ["d-1"]], calls.Select(c => c.Entries.Select(e => e.Id).ToArray()));
    }

    [Fact]
    public void No_rows_are_no_calls() => Assert.Empty(UsageQueries.Calls([]));

    private static CountedCall Call(string id, int hours) => new(id, Morning.AddHours(hours));

    private static CallEntryRecord Entry(string call, string id) =>
        new() { Id = id, CallId = call, RequestId = "", Author = "", Type = V1.CallEntryType.CallOut, OccurTime = Morning };
}
