using Grpc.Core;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>Cost pools and agreements with versions: kept by the host's finance staff, read by both sides, nobody else.</summary>
[Collection(SuiteCollection.Name)]
public sealed class AgreementTests(SuiteFixture suite)
{
    private readonly InvoicingScenario _s = new(suite);

    private static AgreementVersion Terms(DateOnly from, string? costPool = null)
    {
        var version = new AgreementVersion
        {
            ValidFrom = Date(from.Year, from.Month, from.Day),
            BillingFrequency = BillingFrequency.Quarterly,
            PaymentTermsDays = 30,
            PriceBaseYear = 2025,
            PriceIndex = { new YearlyIndex { Year = 2026, BasisPoints = 430 } },
            Lines =
            {
                new ServiceLine { LineId = "fast", Description = "Fast tilskudd", KostraFunction = "244", FixedAmount = new FixedAmount { AmountOre = 5_000_000 } },
                new ServiceLine
                {
                    LineId = "utrykning", Description = "Utrykninger", KostraFunction = "244", Service = "onCallUnits/asker-og-baerum",
                    PerUnit = new PerUnit { Unit = UsageUnit.CallOutHour, UnitPriceOre = 95_000 }, MinimumPerPeriodOre = 100_000,
                },
                new ServiceLine
                {
                    LineId = "mst-can", Description = "MST-CAN: tildelte plasser", KostraFunction = "251", Service = "teams/mst-can-baerum",
                    PerAllocatedSlotMonth = new PerAllocatedSlotMonth { PricePerSlotMonthOre = 6_500_000 },
                },
            },
        };
        if (costPool is not null)
        {
            version.Lines.Add(new ServiceLine { LineId = "vakt", Description = "Barnevernvakt, andel", KostraFunction = "244", CostShare = new CostShare { CostPool = costPool } });
        }

        return version;
    }

    private async Task<CostPool> PoolAsync(TestUser host, Party hostParty, params string[] partners)
    {
        var id = "pool-" + Guid.NewGuid().ToString("N")[..10];
        return (await _s.As(host).CreateCostPoolAsync(new CreateCostPoolRequest
        {
            CostPoolId = id,
            CostPool = new CostPool
            {
                DisplayName = "Barnevernvakt",
                Host = hostParty.Name,
                KostraFunction = "244",
                Participants = { host.Municipality },
                Key = { new KeyComponent { Measure = KeyMeasure.Population, WeightBasisPoints = 5_000 }, new KeyComponent { Measure = KeyMeasure.Usage, WeightBasisPoints = 5_000 } },
                UsageService = "onCallUnits/asker-og-baerum",
                UsageUnit = UsageUnit.Call,
            }.WithParticipants(partners),
            RequestId = NewRequestId(),
        })).CostPool;
    }

    private async Task<Agreement> AgreementAsync(TestUser host, Party hostParty, Party partnerParty, AgreementVersion terms) =>
        (await _s.As(host).CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = "avtale-" + Guid.NewGuid().ToString("N")[..10],
            Agreement = new Agreement { DisplayName = "Samarbeidsavtale", Host = hostParty.Name, Partner = partnerParty.Name, Versions = { terms } },
            RequestId = NewRequestId(),
        })).Agreement;

    [Fact]
    public async Task The_host_makes_an_agreement_both_sides_read_it_and_nobody_else()
    {
        var (host, hostParty) = await _s.PartyAsync();
        var (partner, partnerParty) = await _s.PartyAsync();
        var (outsider, _) = await _s.PartyAsync();
        var pool = await PoolAsync(host, hostParty, partner.Municipality);

        var agreement = await AgreementAsync(host, hostParty, partnerParty, Terms(new DateOnly(2026, 1, 1), pool.Name));

        var read = (await _s.As(partner).GetAgreementAsync(new GetAgreementRequest { Name = agreement.Name })).Agreement;
        Assert.Equal(agreement, read);
        Assert.Equal((1, 4, 430), (read.Versions.Single().Version, read.Versions.Single().Lines.Count, read.Versions.Single().PriceIndex.Single().BasisPoints));
        Assert.Contains(agreement.Name, (await _s.As(partner).ListAgreementsAsync(new ListAgreementsRequest())).Agreements.Select(a => a.Name));
        Assert.DoesNotContain(agreement.Name, (await _s.As(outsider).ListAgreementsAsync(new ListAgreementsRequest())).Agreements.Select(a => a.Name));
        var denied = await Assert.ThrowsAsync<RpcException>(() => _s.As(outsider).GetAgreementAsync(new GetAgreementRequest { Name = agreement.Name }).ResponseAsync);
        var partnerWrites = await Assert.ThrowsAsync<RpcException>(() => _s.As(partner).ReviseAgreementAsync(new ReviseAgreementRequest
        {
            Agreement = agreement.Name,
            Version = Terms(new DateOnly(2027, 1, 1)),
            RequestId = NewRequestId(),
        }).ResponseAsync);
        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (denied.StatusCode, partnerWrites.StatusCode));
    }

    [Fact]
    public async Task A_revision_adds_a_version_and_ends_the_last_the_day_before()
    {
        var (host, hostParty) = await _s.PartyAsync();
        var (_, partnerParty) = await _s.PartyAsync();
        var agreement = await AgreementAsync(host, hostParty, partnerParty, Terms(new DateOnly(2026, 1, 1)));
        var revise = new ReviseAgreementRequest { Agreement = agreement.Name, Version = Terms(new DateOnly(2026, 7, 1)), Etag = agreement.Etag, RequestId = NewRequestId() };

        var revised = (await _s.As(host).ReviseAgreementAsync(revise)).Agreement;
        var retried = (await _s.As(host).ReviseAgreementAsync(revise)).Agreement;
        var stale = await Assert.ThrowsAsync<RpcException>(() => _s.As(host).ReviseAgreementAsync(new ReviseAgreementRequest
        {
            Agreement = agreement.Name,
            Version = Terms(new DateOnly(2027, 1, 1)),
            Etag = agreement.Etag,
            RequestId = NewRequestId(),
        }).ResponseAsync);
        var backwards = await Assert.ThrowsAsync<RpcException>(() => _s.As(host).ReviseAgreementAsync(new ReviseAgreementRequest
        {
            Agreement = agreement.Name,
            Version = Terms(new DateOnly(2026, 7, 1)),
            RequestId = NewRequestId(),
        }).ResponseAsync);

        Assert.Equal([(1, Date(2026, 6, 30)), (2, null)], revised.Versions.Select(v => (v.Version, (Google.Type.Date?)v.ValidTo)));
        Assert.Equal(revised, retried);
        Assert.Equal((StatusCode.Aborted, StatusCode.FailedPrecondition), (stale.StatusCode, backwards.StatusCode));
    }

    [Fact]
    public async Task Bad_terms_are_named_field_by_field()
    {
        var (host, hostParty) = await _s.PartyAsync();
        var (_, partnerParty) = await _s.PartyAsync();
        var terms = Terms(new DateOnly(2026, 1, 1));
        terms.Lines[0].KostraFunction = "999";
        terms.Lines[1].Service = "teams/mst-can-baerum"; // call-out hours are OnCall's
        terms.Lines[2].ClearPriceModel();
        terms.PaymentTermsDays = 0;
        terms.PriceIndex.Add(new YearlyIndex { Year = 2020, BasisPoints = 100 });

        var e = await Assert.ThrowsAsync<RpcException>(() => _s.As(host).CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = "Bad Id",
            Agreement = new Agreement { DisplayName = "X", Host = hostParty.Name, Partner = partnerParty.Name, Versions = { terms } },
            RequestId = NewRequestId(),
        }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Equal(
            ["agreement.versions[0].lines[0].kostra_function", "agreement.versions[0].lines[1].service", "agreement.versions[0].lines[2].price_model",
             "agreement.versions[0].payment_terms_days", "agreement.versions[0].price_index[1].year", "agreement_id"],
            e.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Select(v => v.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_cost_share_must_name_a_pool_of_the_host_with_the_partner_in_it()
    {
        var (host, hostParty) = await _s.PartyAsync();
        var (partner, partnerParty) = await _s.PartyAsync();
        var (other, _) = await _s.PartyAsync();
        var withoutPartner = await PoolAsync(host, hostParty, other.Municipality);

        var e = await Assert.ThrowsAsync<RpcException>(() => AgreementAsync(host, hostParty, partnerParty, Terms(new DateOnly(2026, 1, 1), withoutPartner.Name)));

        Assert.Equal(StatusCode.FailedPrecondition, e.StatusCode);
        Assert.Equal("COST_POOL_MISMATCH", e.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>()!.Violations.Single().Type);
        _ = partner;
    }

    [Fact]
    public async Task A_pool_keeps_budgets_and_actual_costs_per_year_and_shows_them_to_its_participants_only()
    {
        var (host, hostParty) = await _s.PartyAsync();
        var (partner, _) = await _s.PartyAsync();
        var (outsider, _) = await _s.PartyAsync();
        var pool = await PoolAsync(host, hostParty, partner.Municipality);

        await _s.As(host).SetCostPoolAmountAsync(new SetCostPoolAmountRequest
        {
            CostPool = pool.Name,
            Kind = CostPoolAmountKind.Budget,
            Amount = new YearAmount { Year = 2026, AmountOre = 2_400_000_000 },
            RequestId = NewRequestId(),
        });
        await _s.As(host).SetCostPoolAmountAsync(new SetCostPoolAmountRequest
        {
            CostPool = pool.Name,
            Kind = CostPoolAmountKind.ActualNetCost,
            Amount = new YearAmount { Year = 2025, AmountOre = 2_345_678_901 },
            RequestId = NewRequestId(),
        });
        var read = (await _s.As(partner).GetCostPoolAsync(new GetCostPoolRequest { Name = pool.Name })).CostPool;
        var denied = await Assert.ThrowsAsync<RpcException>(() => _s.As(outsider).GetCostPoolAsync(new GetCostPoolRequest { Name = pool.Name }).ResponseAsync);
        var badKey = await Assert.ThrowsAsync<RpcException>(() => _s.As(host).CreateCostPoolAsync(new CreateCostPoolRequest
        {
            CostPoolId = "half-key",
            CostPool = new CostPool
            {
                DisplayName = "X",
                Host = hostParty.Name,
                KostraFunction = "244",
                Participants = { host.Municipality, partner.Municipality },
                Key = { new KeyComponent { Measure = KeyMeasure.Population, WeightBasisPoints = 5_000 } }
            },
            RequestId = NewRequestId(),
        }).ResponseAsync);

        Assert.Equal((2026, 2_400_000_000L), (read.Budgets.Single().Year, read.Budgets.Single().AmountOre));
        Assert.Equal((2025, 2_345_678_901L), (read.ActualNetCosts.Single().Year, read.ActualNetCosts.Single().AmountOre));
        Assert.Equal(StatusCode.PermissionDenied, denied.StatusCode);
        Assert.Equal("cost_pool.key", badKey.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Field);
    }
}

internal static class CostPoolTestExtensions
{
    public static CostPool WithParticipants(this CostPool pool, IEnumerable<string> partners)
    {
        pool.Participants.AddRange(partners);
        return pool;
    }
}
