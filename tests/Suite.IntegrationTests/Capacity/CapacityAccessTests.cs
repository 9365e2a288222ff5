using Grpc.Core;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Capacity.CapacityScenario;

namespace Intermunicipal.Suite.IntegrationTests.Capacity;

/// <summary>Who sees and does what, by municipality and role; every personal read is audited.</summary>
[Collection(SuiteCollection.Name)]
public sealed class CapacityAccessTests(SuiteFixture suite)
{
    private readonly CapacityScenario _s = new(suite.Gateway);

    private async Task<(Team Team, Referral Asker, Referral Baerum)> SharedTeamAsync()
    {
        var team = await _s.TeamAsync(4);
        await _s.AllocateAsync(team, TestUser.Asker, 2, new DateOnly(2026, 1, 1));
        return (team, await ReferAsync(_s.Asker, team, Priority.Normal, 10), await ReferAsync(_s.Host, team, Priority.Urgent, 8));
    }

    [Fact]
    public async Task A_municipality_outside_the_team_sees_nothing_of_it()
    {
        var (team, asker, _) = await SharedTeamAsync();
        var outsider = _s.As(TestUser.TonsbergCoordinator);

        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => outsider.GetTeamAsync(new GetTeamRequest { Name = team.Name }).ResponseAsync);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => outsider.GetCapacityBoardAsync(new GetCapacityBoardRequest { Team = team.Name }).ResponseAsync);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => outsider.GetReferralAsync(new GetReferralRequest { Name = asker.Name }).ResponseAsync);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => outsider.CreateReferralAsync(Referral(team)).ResponseAsync);
        Assert.DoesNotContain((await outsider.ListTeamsAsync(new ListTeamsRequest())).Teams, t => t.Name == team.Name);
        Assert.Contains((await _s.Asker.ListTeamsAsync(new ListTeamsRequest())).Teams, t => t.Name == team.Name);
    }

    [Fact]
    public async Task Each_municipality_handles_only_its_own_referrals()
    {
        var (_, asker, baerum) = await SharedTeamAsync();

        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.Host.GetReferralAsync(new GetReferralRequest { Name = asker.Name }).ResponseAsync);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => StartAsync(_s.Host, asker, Today));
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => StartAsync(_s.Asker, baerum, Today));
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.As(TestUser.AskerFinance).GetReferralAsync(new GetReferralRequest { Name = asker.Name }).ResponseAsync);
        Assert.Equal(asker.FamilyReference, (await _s.Asker.GetReferralAsync(new GetReferralRequest { Name = asker.Name })).Referral.FamilyReference);
    }

    [Fact]
    public async Task Only_the_host_s_coordinators_and_admins_manage_the_team()
    {
        var (team, _, _) = await SharedTeamAsync();
        var raise = new SetTeamCapacityRequest { Team = team.Name, EffectiveDate = Date(2026, 12, 1), Capacity = 5, RequestId = NewRequestId() };

        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.Asker.SetTeamCapacityAsync(raise).ResponseAsync);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.As(TestUser.BaerumFinance).SetTeamCapacityAsync(raise).ResponseAsync);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.As(TestUser.AskerAdmin).CreateAllocationAsync(new CreateAllocationRequest
        {
            Parent = team.Name,
            Allocation = new Allocation { MunicipalityNumber = TestUser.Asker, SlotCount = 4, StartDate = Date(2027, 1, 1) },
            RequestId = NewRequestId(),
        }).ResponseAsync);
        Assert.Equal(5, (await _s.As(TestUser.BaerumAdmin).SetTeamCapacityAsync(raise)).Team.CapacityChanges[^1].Capacity);
    }

    [Fact]
    public async Task The_waiting_list_shows_own_families_in_full_and_only_counts_for_the_others()
    {
        var (team, asker, baerum) = await SharedTeamAsync();

        var askerView = (await _s.Asker.GetWaitingListAsync(new GetWaitingListRequest { Team = team.Name })).WaitingList;
        var baerumView = (await _s.Host.GetWaitingListAsync(new GetWaitingListRequest { Team = team.Name })).WaitingList;
        var financeView = (await _s.As(TestUser.AskerFinance).GetWaitingListAsync(new GetWaitingListRequest { Team = team.Name })).WaitingList;

        var own = Assert.Single(askerView.OwnEntries);
        Assert.Equal((asker.Name, asker.FamilyReference, 2), (own.Referral.Name, own.Referral.FamilyReference, own.Position));
        Assert.Equal((baerum.Name, 1), (Assert.Single(baerumView.OwnEntries).Referral.Name, baerumView.OwnEntries[0].Position));
        Assert.Equal(2, askerView.TotalWaiting);
        Assert.Contains(askerView.Counts, c => c.MunicipalityNumber == TestUser.Baerum && c.Waiting == 1 && c.Urgent == 1);
        Assert.Empty(financeView.OwnEntries);
        Assert.DoesNotContain(baerum.FamilyReference, askerView.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_names_only_the_caller_s_own_treatments()
    {
        var (team, asker, baerum) = await SharedTeamAsync();
        await StartAsync(_s.Asker, asker, new DateOnly(2026, 11, 1));
        await StartAsync(_s.Host, baerum, new DateOnly(2026, 11, 1));

        var board = await _s.BoardAsync(_s.Asker, team, Today);

        Assert.Equal(2, board.OccupiedSlots.Count);
        Assert.Equal(asker.Name, board.OccupiedSlots.Single(o => o.MunicipalityNumber == TestUser.Asker).Referral);
        Assert.Equal("", board.OccupiedSlots.Single(o => o.MunicipalityNumber == TestUser.Baerum).Referral);
    }

    [Fact]
    public async Task Every_read_of_personal_data_is_audited_and_each_admin_sees_its_own_share()
    {
        var (team, asker, baerum) = await SharedTeamAsync();
        await _s.Asker.GetReferralAsync(new GetReferralRequest { Name = asker.Name });
        await _s.Host.GetReferralAsync(new GetReferralRequest { Name = baerum.Name });

        var hostAudit = (await _s.As(TestUser.BaerumAdmin).ListAuditEventsAsync(new ListAuditEventsRequest { Parent = team.Name })).AuditEvents;
        var askerAudit = (await _s.As(TestUser.AskerAdmin).ListAuditEventsAsync(new ListAuditEventsRequest { Parent = team.Name })).AuditEvents;

        Assert.Contains(hostAudit, e => e.Referral == asker.Name && e.Subject == TestUser.AskerCoordinator.Subject && e.Action == "referral.read");
        Assert.Contains(hostAudit, e => e.Referral == baerum.Name);
        Assert.All(askerAudit, e => Assert.Equal(asker.Name, e.Referral));
        Assert.NotEmpty(askerAudit);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.Host.ListAuditEventsAsync(new ListAuditEventsRequest { Parent = team.Name }).ResponseAsync);
    }

    [Fact]
    public async Task Billable_usage_is_for_the_host_s_and_the_billed_municipality_s_finance_only()
    {
        var usage = new GetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            MunicipalityNumber = TestUser.Asker,
            Period = new Common.V1.Period { StartDate = Date(2026, 1, 1), EndDate = Date(2026, 3, 31) },
        };

        await _s.As(TestUser.BaerumFinance).GetBillableUsageAsync(usage);
        await _s.As(TestUser.AskerFinance).GetBillableUsageAsync(usage);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.Asker.GetBillableUsageAsync(usage).ResponseAsync);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.As(TestUser.AskerFinance).GetBillableUsageAsync(new GetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            MunicipalityNumber = TestUser.Modum,
            Period = usage.Period,
        }).ResponseAsync);
    }

    [Fact]
    public async Task Batch_usage_is_refused_unless_the_caller_may_read_every_municipality_asked()
    {
        var usage = new BatchGetBillableUsageRequest
        {
            HostMunicipalityNumber = TestUser.Baerum,
            MunicipalityNumbers = { TestUser.Asker, TestUser.Baerum },
            Period = new Common.V1.Period { StartDate = Date(2026, 1, 1), EndDate = Date(2026, 3, 31) },
        };

        Assert.Equal(2, (await _s.As(TestUser.BaerumFinance).BatchGetBillableUsageAsync(usage)).Usages.Count);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.As(TestUser.AskerFinance).BatchGetBillableUsageAsync(usage).ResponseAsync);
        await CapacityAssert.StatusAsync(StatusCode.PermissionDenied, () => _s.Asker.BatchGetBillableUsageAsync(usage).ResponseAsync);
        usage.MunicipalityNumbers.Remove(TestUser.Baerum);
        Assert.Single((await _s.As(TestUser.AskerFinance).BatchGetBillableUsageAsync(usage)).Usages);
    }
}
