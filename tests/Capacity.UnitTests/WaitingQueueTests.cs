using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.V1;
using static Intermunicipal.Capacity.UnitTests.TestData;

namespace Intermunicipal.Capacity.UnitTests;

public sealed class WaitingQueueTests
{
    [Fact]
    public void Urgent_comes_before_high_before_normal_before_unspecified_however_long_they_waited()
    {
        var waiting = new[]
        {
            Waiting(1, Partner, Priority.Unspecified, Utc(2026, 1, 1)),
            Waiting(2, Partner, Priority.Normal, Utc(2026, 1, 2)),
            Waiting(3, Host, Priority.High, Utc(2026, 1, 3)),
            Waiting(4, Partner, Priority.Urgent, Utc(2026, 1, 4)),
        };

        Assert.Equal([Id(4), Id(3), Id(2), Id(1)], WaitingQueue.Order(waiting).Select(r => r.Id));
    }

    [Fact]
    public void Within_a_priority_the_first_referred_is_served_first()
    {
        var waiting = new[]
        {
            Waiting(1, Host, Priority.High, Utc(2026, 2, 1, 9, 30)),
            Waiting(2, Partner, Priority.High, Utc(2026, 2, 1, 9, 15)),
            Waiting(3, Host, Priority.High, Utc(2026, 1, 20)),
        };

        Assert.Equal([Id(3), Id(2), Id(1)], WaitingQueue.Order(waiting).Select(r => r.Id));
    }

    [Fact]
    public void Referrals_made_at_the_same_instant_are_ordered_by_id()
    {
        var waiting = new[]
        {
            Waiting(12, Host, Priority.Normal, Utc(2026, 2, 1)),
            Waiting(10, Partner, Priority.Normal, Utc(2026, 2, 1)),
            Waiting(11, Host, Priority.Normal, Utc(2026, 2, 1)),
        };

        Assert.Equal([Id(10), Id(11), Id(12)], WaitingQueue.Order(waiting).Select(r => r.Id));
    }

    [Fact]
    public void An_empty_list_orders_to_an_empty_list()
    {
        Assert.Empty(WaitingQueue.Order([]));
    }
}
