using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;

namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// A referral as the demo plans it: dates and codes only. Its id and family reference are given
/// once the whole plan is known, because references are numbered per municipality and year.
/// </summary>
internal sealed record DemoReferral(string MunicipalityNumber, ReferralState State, IReadOnlyList<int> ChildAges)
{
    /// <summary>When it was referred (UTC), in office hours.</summary>
    public required DateTime CreateTime { get; init; }

    public Priority Priority { get; init; } = Priority.Normal;
    public DateOnly? WishedStartDate { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? PlannedEndDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public TreatmentOutcome Outcome { get; init; }

    /// <summary>A treatment that ran from <paramref name="start"/> to <paramref name="end"/>, referred a few weeks before it began.</summary>
    public static DemoReferral Ended(string municipalityNumber, ReferralState state, DateOnly start, DateOnly end,
        TreatmentOutcome outcome, IReadOnlyList<int> childAges) =>
        new(municipalityNumber, state, childAges)
        {
            CreateTime = ReferredBefore(start),
            Priority = PriorityFor(start),
            StartDate = start,
            EndDate = end,
            Outcome = outcome,
        };

    /// <summary>A treatment running today, started on <paramref name="start"/>.</summary>
    public static DemoReferral Active(string municipalityNumber, DateOnly start, DateOnly? plannedEnd, IReadOnlyList<int> childAges) =>
        new(municipalityNumber, ReferralState.Active, childAges)
        {
            CreateTime = ReferredBefore(start),
            Priority = PriorityFor(start),
            StartDate = start,
            PlannedEndDate = plannedEnd,
        };

    /// <summary>A family on the waiting list, referred <paramref name="daysAgo"/> days before today (the weekday before, if that fell on a weekend) at <paramref name="hour"/>:15 Oslo time.</summary>
    public static DemoReferral Waiting(string municipalityNumber, DateOnly today, int daysAgo, int hour, Priority priority,
        IReadOnlyList<int> childAges, int? wishedStartInDays = null) =>
        new(municipalityNumber, ReferralState.Waiting, childAges)
        {
            CreateTime = DemoTimes.OsloUtc(DemoTimes.WorkdayOnOrBefore(today.AddDays(-daysAgo)), hour, 15),
            Priority = priority,
            WishedStartDate = wishedStartInDays is { } days ? today.AddDays(days) : null,
        };

    /// <summary>
    /// The referral as it stands on <paramref name="today"/>: null if it had not been referred or
    /// begun by then, and still running (its end only planned) if it had not ended. Lets a plan
    /// built for any day hold only what could have happened by that day.
    /// </summary>
    public DemoReferral? AsOf(DateOnly today)
    {
        if (NorwegianTime.DateOf(CreateTime) > today || StartDate > today)
        {
            return null;
        }

        return EndDate is { } end && end > today
            ? this with { State = ReferralState.Active, PlannedEndDate = end, EndDate = null, Outcome = TreatmentOutcome.Unspecified }
            : this;
    }

    /// <summary>One to five weeks before the start, on a weekday at a varying office hour: referrals do not all arrive at nine.</summary>
    private static DateTime ReferredBefore(DateOnly start)
    {
        var n = start.DayNumber;
        return DemoTimes.OsloUtc(DemoTimes.WorkdayOnOrBefore(start.AddDays(-(7 + n * 11 % 29))), 8 + n % 7, n * 7 % 60);
    }

    /// <summary>Most referrals are normal priority, about one in five high.</summary>
    private static Priority PriorityFor(DateOnly start) => start.DayNumber % 5 == 0 ? Priority.High : Priority.Normal;
}
