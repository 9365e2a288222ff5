using Intermunicipal.Capacity.Domain;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;

namespace Intermunicipal.Capacity.UnitTests;

/// <summary>
/// Fixed municipalities, dates and records shared by the tests: concise builders for the entity
/// records, so each test shows only what matters to its rule. Nothing here reads the clock.
/// </summary>
internal static class TestData
{
    public const string TeamId = "mst-can-baerum";
    public const string ProgrammeId = "mst-can";

    /// <summary>Bærum, the host.</summary>
    public const string Host = "3201";

    /// <summary>Asker, a partner holding slots by agreement.</summary>
    public const string Partner = "3203";

    /// <summary>A second partner.</summary>
    public const string SecondPartner = "3205";

    /// <summary>A municipality with no part in the team.</summary>
    public const string Stranger = "0301";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Host] = "Bærum",
        [Partner] = "Asker",
        [SecondPartner] = "Lillestrøm",
    };

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static DateTime Utc(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>A referral id in the service's UUID form, distinct per <paramref name="n"/>.</summary>
    public static string Id(int n) => $"0195f0a4-0000-7000-8000-{n:D12}";

    public static CapacityChangeRecord CapacityFrom(DateOnly effective, int capacity, DateTime? created = null, string? id = null) => new()
    {
        Id = id ?? $"capacity-{effective:yyyyMMdd}-{capacity}",
        TeamId = TeamId,
        EffectiveDate = effective,
        Capacity = capacity,
        CreateTime = created ?? Utc(2025, 12, 1),
        Creator = "host-admin",
    };

    public static AllocationRecord Allocation(string municipality, int slots, DateOnly start, DateOnly? end = null, int n = 0) => new()
    {
        Id = Id(900 + n),
        TeamId = TeamId,
        MunicipalityNumber = municipality,
        SlotCount = slots,
        StartDate = start,
        EndDate = end,
        CreateTime = Utc(2025, 12, 1),
        Creator = "host-admin",
    };

    public static TeamRecord Team(FreeSlotPolicy policy, IEnumerable<CapacityChangeRecord> capacities,
        params AllocationRecord[] allocations) => new()
        {
            Id = TeamId,
            DisplayName = "MST-CAN Bærum",
            ProgrammeId = ProgrammeId,
            HostMunicipalityNumber = Host,
            FreeSlotPolicy = policy,
            CreateTime = Utc(2016, 1, 1),
            Creator = "host-admin",
            CapacityChanges = [.. capacities],
            Allocations = [.. allocations],
        };

    public static TeamTerms Terms(IEnumerable<CapacityChangeRecord> capacities, params AllocationRecord[] allocations) =>
        new(Host, capacities, allocations);

    public static ProgrammeRecord Programme(int typicalDurationDays) => new()
    {
        Id = ProgrammeId,
        DisplayName = "MST-CAN",
        TypicalDurationDays = typicalDurationDays,
        MinChildAge = 6,
        MaxChildAge = 18,
        CreateTime = Utc(2016, 1, 1),
    };

    public static ReferralRecord Waiting(int n, string municipality, Priority priority = Priority.Normal, DateTime? created = null) => new()
    {
        Id = Id(n),
        TeamId = TeamId,
        MunicipalityNumber = municipality,
        FamilyReference = $"case-{n}",
        ChildAges = [9],
        Priority = priority,
        State = ReferralState.Waiting,
        CreateTime = created ?? Utc(2026, 1, 5),
        Creator = "coordinator",
    };

    public static ReferralRecord Active(int n, string municipality, DateOnly start, DateOnly? plannedEnd = null, params int[] childAges)
    {
        var referral = Waiting(n, municipality);
        referral.State = ReferralState.Active;
        referral.StartDate = start;
        referral.PlannedEndDate = plannedEnd;
        referral.ChildAges = childAges.Length > 0 ? [.. childAges] : [9];
        return referral;
    }

    public static ReferralRecord Completed(int n, string municipality, DateOnly start, DateOnly end,
        TreatmentOutcome outcome = TreatmentOutcome.LivingAtHome, params int[] childAges) =>
        Ended(ReferralState.Completed, n, municipality, start, end, outcome, childAges);

    public static ReferralRecord Discontinued(int n, string municipality, DateOnly start, DateOnly end,
        TreatmentOutcome outcome = TreatmentOutcome.FamilyWithdrew, params int[] childAges) =>
        Ended(ReferralState.Discontinued, n, municipality, start, end, outcome, childAges);

    public static TreatmentSpan Span(string municipality, DateOnly start, DateOnly? end = null) => new(municipality, start, end);

    private static ReferralRecord Ended(ReferralState state, int n, string municipality, DateOnly start, DateOnly end,
        TreatmentOutcome outcome, int[] childAges)
    {
        var referral = Active(n, municipality, start, null, childAges);
        referral.State = state;
        referral.EndDate = end;
        referral.Outcome = outcome;
        return referral;
    }
}
