namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// One slot of a team seen from today: the family using it now (or how long it has stood free)
/// and, before that, one treatment after another back to the day the slot opened. Built
/// backwards from today so the board looks alike whatever day the demo starts, and a slot never
/// holds two treatments on one day.
/// </summary>
/// <param name="Opens">The first day the slot may be used (treatments recorded before it lie in other history).</param>
/// <param name="DaysAgo">The current treatment began this many days ago; when <paramref name="FreeToday"/>, the last one ended this many days ago.</param>
internal sealed record DemoSlot(string MunicipalityNumber, DateOnly Opens, int DaysAgo, bool FreeToday = false)
{
    /// <summary>
    /// The slot's treatments up to <paramref name="today"/>, newest first. <paramref name="phase"/>
    /// (the slot's position in its team) shifts where in the pace's lists it starts, so neighbouring
    /// slots differ.
    /// </summary>
    public IEnumerable<DemoReferral> Treatments(DateOnly today, DemoPace pace, int phase)
    {
        DateOnly lastEnd;
        if (FreeToday)
        {
            lastEnd = today.AddDays(-DaysAgo);
        }
        else
        {
            var start = today.AddDays(-DaysAgo);
            if (start < Opens)
            {
                yield break;
            }

            // Every other running treatment has a planned end; the rest are forecast by the typical duration.
            var plannedEnd = phase % 2 == 0 ? start.AddDays(pace.TypicalDurationDays - 1) : (DateOnly?)null;
            yield return DemoReferral.Active(MunicipalityNumber, start, plannedEnd, Cycle(pace.Families, phase));
            lastEnd = start.AddDays(-1 - Cycle(pace.PauseDays, phase));
        }

        for (var i = phase + 1; ; i++)
        {
            var (days, outcome) = Cycle(pace.Courses, i);
            var first = lastEnd.AddDays(1 - days);
            if (first < Opens)
            {
                yield break;
            }

            yield return DemoReferral.Ended(MunicipalityNumber, DemoPace.StateAfter(outcome), first, lastEnd, outcome, Cycle(pace.Families, i));
            lastEnd = first.AddDays(-1 - Cycle(pace.PauseDays, i));
        }
    }

    private static T Cycle<T>(IReadOnlyList<T> items, int index) => items[index % items.Count];
}
