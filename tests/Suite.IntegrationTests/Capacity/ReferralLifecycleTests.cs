using Grpc.Core;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Capacity.CapacityScenario;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>Every transition of a referral and every refused one, through the gateway.</summary>
[Collection(SuiteCollection.Name)]
public sealed class ReferralLifecycleTests(SuiteFixture suite)
{
    private static readonly DateOnly October1 = new(2026, 10, 1);
    private readonly CapacityScenario _s = new(suite.Gateway);

    private async Task<Team> AskerHoldsOneOfTwoAsync(FreeSlotPolicy policy = FreeSlotPolicy.OwnSlotsOnly)
    {
        var team = await _s.TeamAsync(capacity: 2, policy);
        await _s.AllocateAsync(team, TestUser.Asker, 1, new DateOnly(2026, 1, 1));
        return team;
    }

    [Fact]
    public async Task A_referral_waits_starts_on_a_slot_and_completing_it_frees_the_slot_the_day_after()
    {
        var team = await AskerHoldsOneOfTwoAsync();
        var referral = await ReferAsync(_s.Asker, team, Priority.High, 9, 12);
        Assert.Equal((ReferralState.Waiting, TestUser.Asker, 2), (referral.State, referral.MunicipalityNumber, referral.Children.Count));

        var started = await StartAsync(_s.Asker, referral, October1, plannedEnd: new DateOnly(2027, 4, 30));
        Assert.Equal((ReferralState.Active, Date(October1)), (started.State, started.StartDate));
        Assert.Equal(1, (await _s.BoardAsync(_s.Asker, team, new DateOnly(2026, 10, 15))).Municipalities.Single(m => m.MunicipalityNumber == TestUser.Asker).Occupied);

        var completed = await CompleteAsync(_s.Asker, started, new DateOnly(2026, 11, 10), TreatmentOutcome.LivingAtHome);

        Assert.Equal((ReferralState.Completed, TreatmentOutcome.LivingAtHome), (completed.State, completed.Outcome));
        Assert.Equal(1, (await _s.BoardAsync(_s.Asker, team, new DateOnly(2026, 11, 10))).Occupied);
        Assert.Equal(0, (await _s.BoardAsync(_s.Asker, team, new DateOnly(2026, 11, 11))).Occupied);
        Assert.Equal(ReferralState.Completed, (await _s.Asker.GetReferralAsync(new GetReferralRequest { Name = referral.Name })).Referral.State);
    }

    [Fact]
    public async Task A_treatment_can_be_discontinued_with_its_outcome()
    {
        var team = await AskerHoldsOneOfTwoAsync();
        var active = await TreatmentAsync(_s.Asker, team, October1);

        var ended = (await _s.Asker.DiscontinueTreatmentAsync(new DiscontinueTreatmentRequest
        {
            Name = active.Name,
            EndDate = Date(2026, 10, 20),
            Outcome = TreatmentOutcome.FamilyWithdrew,
            RequestId = NewRequestId(),
        })).Referral;

        Assert.Equal((ReferralState.Discontinued, TreatmentOutcome.FamilyWithdrew, Date(2026, 10, 20)), (ended.State, ended.Outcome, ended.EndDate));
    }

    [Fact]
    public async Task A_waiting_referral_can_be_withdrawn_and_then_neither_started_nor_withdrawn_again()
    {
        var team = await AskerHoldsOneOfTwoAsync();
        var referral = await ReferAsync(_s.Asker, team);

        var withdrawn = (await _s.Asker.WithdrawReferralAsync(new WithdrawReferralRequest { Name = referral.Name, RequestId = NewRequestId() })).Referral;

        Assert.Equal(ReferralState.Withdrawn, withdrawn.State);
        Assert.NotNull(withdrawn.WithdrawTime);
        await CapacityAssert.RefusedAsync("REFERRAL_STATE", () => StartAsync(_s.Asker, referral, October1));
        await CapacityAssert.RefusedAsync("REFERRAL_STATE", () => _s.Asker.WithdrawReferralAsync(new WithdrawReferralRequest { Name = referral.Name, RequestId = NewRequestId() }).ResponseAsync);
    }

    [Fact]
    public async Task Transitions_from_the_wrong_state_are_refused_and_change_nothing()
    {
        var team = await AskerHoldsOneOfTwoAsync();
        var waiting = await ReferAsync(_s.Asker, team);
        var active = await TreatmentAsync(_s.Asker, team, October1);
        var completed = await CompleteAsync(_s.Host, await TreatmentAsync(_s.Host, await _s.TeamAsync(1), October1), new DateOnly(2026, 11, 1));

        await CapacityAssert.RefusedAsync("REFERRAL_STATE", () => CompleteAsync(_s.Asker, waiting, new DateOnly(2026, 11, 1)));
        await CapacityAssert.RefusedAsync("REFERRAL_STATE", () => StartAsync(_s.Asker, active, October1));
        await CapacityAssert.RefusedAsync("REFERRAL_STATE", () => _s.Asker.WithdrawReferralAsync(new WithdrawReferralRequest { Name = active.Name, RequestId = NewRequestId() }).ResponseAsync);
        await CapacityAssert.RefusedAsync("REFERRAL_STATE", () => _s.Host.DiscontinueTreatmentAsync(new DiscontinueTreatmentRequest
        {
            Name = completed.Name,
            EndDate = Date(2026, 11, 2),
            Outcome = TreatmentOutcome.Other,
            RequestId = NewRequestId(),
        }).ResponseAsync);

        Assert.Equal(ReferralState.Waiting, (await _s.Asker.GetReferralAsync(new GetReferralRequest { Name = waiting.Name })).Referral.State);
        Assert.Equal(ReferralState.Active, (await _s.Asker.GetReferralAsync(new GetReferralRequest { Name = active.Name })).Referral.State);
    }

    [Fact]
    public async Task Starting_without_an_own_slot_fails_saying_why_and_the_referral_stays_waiting()
    {
        var team = await AskerHoldsOneOfTwoAsync(FreeSlotPolicy.OwnSlotsOnly);
        await TreatmentAsync(_s.Asker, team, October1);
        var second = await ReferAsync(_s.Asker, team);

        var refusal = await CapacityAssert.RefusedAsync("NO_OWN_SLOT", () => StartAsync(_s.Asker, second, new DateOnly(2026, 11, 2)));

        Assert.Contains("holds 1", refusal.Description, StringComparison.Ordinal);
        Assert.Equal(ReferralState.Waiting, (await _s.Asker.GetReferralAsync(new GetReferralRequest { Name = second.Name })).Referral.State);
        var board = await _s.BoardAsync(_s.Asker, team, new DateOnly(2026, 11, 2));
        Assert.Equal((1, 1, 0), (board.Free, board.Waiting, board.AvailableToCaller));
    }

    [Fact]
    public async Task Where_the_team_lends_free_slots_a_partner_may_use_the_host_s_until_none_is_free()
    {
        var team = await AskerHoldsOneOfTwoAsync(FreeSlotPolicy.ShareFreeSlots);
        await TreatmentAsync(_s.Asker, team, October1);

        var borrowed = await StartAsync(_s.Asker, await ReferAsync(_s.Asker, team), new DateOnly(2026, 10, 2));
        var third = await ReferAsync(_s.Host, team);

        Assert.Equal(ReferralState.Active, borrowed.State);
        await CapacityAssert.RefusedAsync("NO_FREE_SLOT", () => StartAsync(_s.Host, third, new DateOnly(2026, 10, 3)));
        var board = await _s.BoardAsync(_s.Host, team, new DateOnly(2026, 10, 3));
        Assert.Equal(2, board.Municipalities.Single(m => m.MunicipalityNumber == TestUser.Asker).Occupied);
        Assert.Equal(0, board.Free);
    }

    [Fact]
    public async Task A_back_dated_start_may_not_overfill_a_later_day_that_is_already_full()
    {
        var team = await _s.TeamAsync(capacity: 1, FreeSlotPolicy.OwnSlotsOnly);
        // Bærum's one slot is free until 2026-11-01, when a treatment starts in it.
        await TreatmentAsync(_s.Host, team, new DateOnly(2026, 11, 1));
        var late = await ReferAsync(_s.Host, team);

        var refusal = await CapacityAssert.RefusedAsync("NO_FREE_SLOT", () => StartAsync(_s.Host, late, new DateOnly(2026, 10, 1)));

        Assert.Contains("2026-11-01", refusal.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slot_ended_before_a_back_dated_start_is_free_for_it()
    {
        var team = await _s.TeamAsync(capacity: 1, FreeSlotPolicy.OwnSlotsOnly);
        await TreatmentAsync(_s.Host, team, new DateOnly(2026, 9, 1), new DateOnly(2026, 9, 30));

        var started = await StartAsync(_s.Host, await ReferAsync(_s.Host, team), new DateOnly(2026, 10, 1));

        Assert.Equal(ReferralState.Active, started.State);
    }

    [Fact]
    public async Task Dates_after_today_and_ends_before_starts_are_bad_input_naming_the_field()
    {
        var team = await AskerHoldsOneOfTwoAsync();
        var referral = await ReferAsync(_s.Asker, team);

        await CapacityAssert.InvalidAsync("start_date", () => StartAsync(_s.Asker, referral, Today.AddDays(1)));
        await CapacityAssert.InvalidAsync("planned_end_date", () => StartAsync(_s.Asker, referral, October1, plannedEnd: October1.AddDays(-1)));
        var active = await StartAsync(_s.Asker, referral, October1);
        await CapacityAssert.InvalidAsync("end_date", () => CompleteAsync(_s.Asker, active, October1.AddDays(-1)));
        await CapacityAssert.InvalidAsync("end_date", () => CompleteAsync(_s.Asker, active, Today.AddDays(1)));
        await CapacityAssert.InvalidAsync("outcome", () => CompleteAsync(_s.Asker, active, Today, TreatmentOutcome.Unspecified));
        Assert.Equal(ReferralState.Active, (await _s.Asker.GetReferralAsync(new GetReferralRequest { Name = referral.Name })).Referral.State);
    }

    [Fact]
    public async Task A_referral_is_checked_field_by_field_and_never_takes_an_identity_number()
    {
        var team = await AskerHoldsOneOfTwoAsync();

        var identity = Referral(team);
        identity.Referral.FamilyReference = "ASK-01017012345";
        await CapacityAssert.InvalidAsync("referral.family_reference", () => _s.Asker.CreateReferralAsync(identity).ResponseAsync);
        var tooYoung = Referral(team, Priority.Normal, 2, 3);
        await CapacityAssert.InvalidAsync("referral.children", () => _s.Asker.CreateReferralAsync(tooYoung).ResponseAsync);
        var noPriority = Referral(team, Priority.Unspecified);
        await CapacityAssert.InvalidAsync("referral.priority", () => _s.Asker.CreateReferralAsync(noPriority).ResponseAsync);
        var noRequestId = Referral(team);
        noRequestId.RequestId = "";
        await CapacityAssert.InvalidAsync("request_id", () => _s.Asker.CreateReferralAsync(noRequestId).ResponseAsync);

        var listed = await _s.Asker.ListReferralsAsync(new ListReferralsRequest { Parent = team.Name });
        Assert.Empty(listed.Referrals);
    }

    [Fact]
    public async Task A_retried_mutation_is_answered_as_the_first_and_a_reused_request_id_is_refused()
    {
        var team = await AskerHoldsOneOfTwoAsync();
        var request = Referral(team);

        var first = (await _s.Asker.CreateReferralAsync(request)).Referral;
        var again = (await _s.Asker.CreateReferralAsync(request)).Referral;
        var start = Start(first, October1);
        var started = (await _s.Asker.StartTreatmentAsync(start)).Referral;
        var startedAgain = (await _s.Asker.StartTreatmentAsync(start)).Referral;

        Assert.Equal(first.Name, again.Name);
        Assert.Equal(started, startedAgain);
        Assert.Single((await _s.Asker.ListReferralsAsync(new ListReferralsRequest { Parent = team.Name })).Referrals);
        var reused = Referral(team);
        reused.RequestId = start.RequestId;
        await CapacityAssert.StatusAsync(StatusCode.AlreadyExists, () => _s.Asker.CreateReferralAsync(reused).ResponseAsync);
    }
}
