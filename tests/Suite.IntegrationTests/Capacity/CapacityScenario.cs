using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>
/// Builds the teams, allocations and referrals a test needs, each test on a team of its own so
/// tests sharing one service never see each other's slots. Bærum (3201) hosts; Asker (3203) is
/// the partner. The suite's capacity clock stands at 2026-11-24.
/// </summary>
public sealed class CapacityScenario(SuiteClients clients)
{
    public static readonly DateOnly Today = new(2026, 11, 24);

    public CapacityService.CapacityServiceClient Host => clients.Capacity(TestUser.BaerumCoordinator);

    public CapacityService.CapacityServiceClient Asker => clients.Capacity(TestUser.AskerCoordinator);

    public CapacityService.CapacityServiceClient As(TestUser user) => clients.Capacity(user);

    public static string NewRequestId() => Guid.NewGuid().ToString();

    public static Google.Type.Date Date(DateOnly date) => ProtoTime.ToDate(date);

    public static Google.Type.Date Date(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    /// <summary>A new Bærum MST-CAN team with the capacity from 2020-01-01.</summary>
    public async Task<Team> TeamAsync(int capacity, FreeSlotPolicy policy = FreeSlotPolicy.OwnSlotsOnly, string programme = "programmes/mst-can")
    {
        var id = "t-" + Guid.NewGuid().ToString("N")[..16];
        return (await Host.CreateTeamAsync(new CreateTeamRequest
        {
            TeamId = id,
            Team = new Team { DisplayName = "Test team " + id, Programme = programme, FreeSlotPolicy = policy },
            InitialCapacity = capacity,
            CapacityEffectiveDate = Date(2020, 1, 1),
            RequestId = NewRequestId(),
        })).Team;
    }

    public async Task<Allocation> AllocateAsync(Team team, string municipality, int slots, DateOnly start, DateOnly? end = null) =>
        (await Host.CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = team.Name,
            Allocation = new Allocation
            {
                MunicipalityNumber = municipality,
                SlotCount = slots,
                StartDate = Date(start),
                EndDate = end is { } e ? Date(e) : null,
            },
            RequestId = NewRequestId(),
        })).Allocation;

    public static CreateReferralRequest Referral(Team team, Priority priority = Priority.Normal, params int[] ages)
    {
        var request = new CreateReferralRequest
        {
            Parent = team.Name,
            Referral = new Referral { FamilyReference = "REF-" + Guid.NewGuid().ToString("N")[..8], Priority = priority },
            RequestId = NewRequestId(),
        };
        request.Referral.Children.AddRange((ages.Length == 0 ? [9] : ages).Select(a => new Child { AgeYears = a }));
        return request;
    }

    public static async Task<Referral> ReferAsync(CapacityService.CapacityServiceClient coordinator, Team team, Priority priority = Priority.Normal, params int[] ages) =>
        (await coordinator.CreateReferralAsync(Referral(team, priority, ages))).Referral;

    public static StartTreatmentRequest Start(Referral referral, DateOnly start, DateOnly? plannedEnd = null) => new()
    {
        Name = referral.Name,
        StartDate = Date(start),
        PlannedEndDate = plannedEnd is { } p ? Date(p) : null,
        RequestId = NewRequestId(),
    };

    public static async Task<Referral> StartAsync(CapacityService.CapacityServiceClient coordinator, Referral referral, DateOnly start, DateOnly? plannedEnd = null) =>
        (await coordinator.StartTreatmentAsync(Start(referral, start, plannedEnd))).Referral;

    public static async Task<Referral> CompleteAsync(CapacityService.CapacityServiceClient coordinator, Referral referral, DateOnly end,
        TreatmentOutcome outcome = TreatmentOutcome.LivingAtHome) =>
        (await coordinator.CompleteTreatmentAsync(new CompleteTreatmentRequest
        {
            Name = referral.Name,
            EndDate = Date(end),
            Outcome = outcome,
            RequestId = NewRequestId(),
        })).Referral;

    /// <summary>A referral that has been started on <paramref name="start"/> (and ended on <paramref name="end"/> when given).</summary>
    public static async Task<Referral> TreatmentAsync(CapacityService.CapacityServiceClient coordinator, Team team, DateOnly start, DateOnly? end = null, params int[] ages)
    {
        var referral = await StartAsync(coordinator, await ReferAsync(coordinator, team, Priority.Normal, ages), start);
        return end is { } e ? await CompleteAsync(coordinator, referral, e) : referral;
    }

    public async Task<TeamBoard> BoardAsync(CapacityService.CapacityServiceClient caller, Team team, DateOnly date) =>
        (await caller.GetCapacityBoardAsync(new GetCapacityBoardRequest { Team = team.Name, Date = Date(date) })).Teams.Single();
}
