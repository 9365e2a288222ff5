using Grpc.Core;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;
using static Intermunicipal.Suite.IntegrationTests.Invoicing.InvoicingScenario;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// Year-end settlement of a cost pool shared by population: 2025 was billed a-konto quarterly on the
/// 1 000 000 kr budget by the 2024 figures (Bærum 130 000, Asker 100 000, a third 20 000: Asker
/// 400 000 kr, the third 80 000 kr). The actual net cost is also 1 000 000 kr, but by the 2025
/// figures (128 000, 101 000, 15 000 of 244 000) the exact shares are 52 459 016.39, 41 393 442.62
/// and 6 147 540.98 øre; the largest remainders give the two spare øre to the third and Asker.
/// </summary>
public sealed class SettlementTests : IAsyncLifetime
{
    private BillingServices _services = null!;
    private (TestUser Finance, string OrganisationNumber) _third;
    private CostPool _pool = null!;

    public async ValueTask InitializeAsync()
    {
        _services = await BillingServices.StartAsync();
        _third = NewMunicipality();
        var (baerum, asker) = await BaerumAndAskerAsync(As);
        var third = await RegisterAsync(As, _third.Finance, _third.OrganisationNumber);
        await Host.ImportKeyFiguresAsync(new ImportKeyFiguresRequest
        {
            Kind = KeyFigureKind.Population,
            Csv = $"kommunenummer;år;verdi\n3201;2024;130000\n3203;2024;100000\n{_third.Finance.Municipality};2024;20000\n"
                + $"3201;2025;128000\n3203;2025;101000\n{_third.Finance.Municipality};2025;15000\n",
            RequestId = NewRequestId(),
        });
        _pool = (await Host.CreateCostPoolAsync(new CreateCostPoolRequest
        {
            CostPoolId = "barnevernvakt",
            CostPool = new CostPool
            {
                DisplayName = "Barnevernvakt",
                Host = baerum.Name,
                KostraFunction = "244",
                Participants = { TestUser.Baerum, TestUser.Asker, _third.Finance.Municipality },
                Key = { new KeyComponent { Measure = KeyMeasure.Population, WeightBasisPoints = 10_000 } },
            },
            RequestId = NewRequestId(),
        })).CostPool;
        await SetAmountAsync(CostPoolAmountKind.Budget, 2025, 100_000_000);
        foreach (var partner in new[] { asker, third })
        {
            await AKontoAgreementAsync(baerum, partner);
        }

        await IssueAllAsync((await Host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
        {
            Host = baerum.Name,
            Period = new Common.V1.Period { StartDate = Date(2025, 1, 1), EndDate = Date(2025, 12, 31) },
            RequestId = NewRequestId(),
        })).InvoiceRun);
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    private InvoicingService.InvoicingServiceClient Host => As(TestUser.BaerumFinance);

    private InvoicingService.InvoicingServiceClient As(TestUser user) => _services.Invoicing.Invoicing(user);

    [Fact]
    public async Task The_difference_to_the_a_konto_is_invoiced_or_credited_and_the_shares_sum_to_the_net_cost()
    {
        await SetAmountAsync(CostPoolAmountKind.ActualNetCost, 2025, 100_000_000);

        var settlement = (await Host.CreateSettlementAsync(new CreateSettlementRequest { CostPool = _pool.Name, Year = 2025, RequestId = NewRequestId() })).Settlement;
        var shares = settlement.Shares.ToDictionary(s => s.MunicipalityNumber);
        var askerDraft = await GetAsync(shares[TestUser.Asker].Invoice);
        var thirdDraft = await GetAsync(shares[_third.Finance.Municipality].Invoice);

        Assert.Equal(
            [(TestUser.Baerum, 52_459_016L, 0L, 52_459_016L), (TestUser.Asker, 41_393_443L, 40_000_000L, 1_393_443L),
             (_third.Finance.Municipality, 6_147_541L, 8_000_000L, -1_852_459L)],
            [.. new[] { TestUser.Baerum, TestUser.Asker, _third.Finance.Municipality }.Select(m => (m, shares[m].FinalShareOre, shares[m].BilledAKontoOre, shares[m].DifferenceOre))]);
        Assert.Equal(settlement.NetCostOre, settlement.Shares.Sum(s => s.FinalShareOre));
        Assert.Equal("", shares[TestUser.Baerum].Invoice);
        Assert.Equal((InvoiceKind.Invoice, 1_393_443L), (askerDraft.Kind, askerDraft.TotalOre));
        Assert.Equal((InvoiceKind.CreditNote, 1_852_459L), (thirdDraft.Kind, thirdDraft.TotalOre));
        Assert.NotEqual("", thirdDraft.CorrectedInvoice);
        var basis = askerDraft.Lines.Single().Basis;
        Assert.Equal(("cost_share_settlement", 100_000_000L, 40_000_000L), (basis.PriceModel, basis.SharedAmountOre, basis.BilledAKontoOre));
        Assert.Contains(basis.KeyShares, k => k.MunicipalityNumber == TestUser.Asker && k.Value == 101_000 && k.Total == 244_000);
    }

    [Fact]
    public async Task A_settled_year_is_settled_once_and_its_net_cost_and_a_konto_are_frozen()
    {
        await SetAmountAsync(CostPoolAmountKind.ActualNetCost, 2025, 100_000_000);
        var requestId = NewRequestId();
        var first = (await Host.CreateSettlementAsync(new CreateSettlementRequest { CostPool = _pool.Name, Year = 2025, RequestId = requestId })).Settlement;

        var retried = (await Host.CreateSettlementAsync(new CreateSettlementRequest { CostPool = _pool.Name, Year = 2025, RequestId = requestId })).Settlement;
        var again = await Assert.ThrowsAsync<RpcException>(() =>
            Host.CreateSettlementAsync(new CreateSettlementRequest { CostPool = _pool.Name, Year = 2025, RequestId = NewRequestId() }).ResponseAsync);
        var newCost = await Assert.ThrowsAsync<RpcException>(() => SetAmountAsync(CostPoolAmountKind.ActualNetCost, 2025, 1));

        Assert.Equal(first, retried);
        Assert.Equal(("ALREADY_SETTLED", "ALREADY_SETTLED"), (TestCalls.PreconditionType(again), TestCalls.PreconditionType(newCost)));
    }

    [Fact]
    public async Task A_year_without_an_actual_cost_or_not_ended_is_refused_and_only_the_host_settles()
    {
        var noCost = await Assert.ThrowsAsync<RpcException>(() =>
            Host.CreateSettlementAsync(new CreateSettlementRequest { CostPool = _pool.Name, Year = 2025, RequestId = NewRequestId() }).ResponseAsync);
        var thisYear = await Assert.ThrowsAsync<RpcException>(() =>
            Host.CreateSettlementAsync(new CreateSettlementRequest { CostPool = _pool.Name, Year = 2026, RequestId = NewRequestId() }).ResponseAsync);
        await SetAmountAsync(CostPoolAmountKind.ActualNetCost, 2025, 100_000_000);
        var byPartner = await Assert.ThrowsAsync<RpcException>(() =>
            As(TestUser.AskerFinance).CreateSettlementAsync(new CreateSettlementRequest { CostPool = _pool.Name, Year = 2025, RequestId = NewRequestId() }).ResponseAsync);
        var settlement = (await Host.CreateSettlementAsync(new CreateSettlementRequest { CostPool = _pool.Name, Year = 2025, RequestId = NewRequestId() })).Settlement;
        var seenByAsker = (await As(TestUser.AskerFinance).GetSettlementAsync(new GetSettlementRequest { Name = settlement.Name })).Settlement;

        Assert.Equal(("NO_ACTUAL_NET_COST", "YEAR_NOT_ENDED"), (TestCalls.PreconditionType(noCost), TestCalls.PreconditionType(thisYear)));
        Assert.Equal(StatusCode.PermissionDenied, byPartner.StatusCode);
        var askers = settlement.Shares.Single(s => s.MunicipalityNumber == TestUser.Asker).Invoice;
        Assert.Equal(settlement.Shares.Select(s => s.MunicipalityNumber == TestUser.Asker ? askers : ""), seenByAsker.Shares.Select(s => s.Invoice));
        Assert.NotEqual("", askers);
    }

    [Fact]
    public async Task Unissued_a_konto_of_the_pool_blocks_its_settlement_and_a_draft_of_another_pool_does_not()
    {
        var other = (await Host.CreateCostPoolAsync(new CreateCostPoolRequest
        {
            CostPoolId = "familievern",
            CostPool = new CostPool
            {
                DisplayName = "Familievern",
                Host = "parties/974552825",
                KostraFunction = "251",
                Participants = { TestUser.Baerum, TestUser.Asker },
                Key = { new KeyComponent { Measure = KeyMeasure.Population, WeightBasisPoints = 10_000 } },
            },
            RequestId = NewRequestId(),
        })).CostPool;
        foreach (var (pool, kind, amount) in new[] { (other.Name, CostPoolAmountKind.Budget, 1_000_000L), (other.Name, CostPoolAmountKind.ActualNetCost, 900_000L), (_pool.Name, CostPoolAmountKind.ActualNetCost, 100_000_000L) })
        {
            await Host.SetCostPoolAmountAsync(new SetCostPoolAmountRequest { CostPool = pool, Kind = kind, Amount = new YearAmount { Year = 2025, AmountOre = amount }, RequestId = NewRequestId() });
        }

        await Host.CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = "familievern-asker",
            Agreement = new Agreement
            {
                DisplayName = "Familievern",
                Host = "parties/974552825",
                Partner = "parties/944988106",
                Versions =
                {
                    new AgreementVersion
                    {
                        ValidFrom = Date(2025, 1, 1), BillingFrequency = BillingFrequency.Yearly, PaymentTermsDays = 30, PriceBaseYear = 2025,
                        Lines = { new ServiceLine { LineId = "andel", Description = "Familievern, andel", KostraFunction = "251", CostShare = new CostShare { CostPool = other.Name } } },
                    },
                },
            },
            RequestId = NewRequestId(),
        });
        await Host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
        {
            Host = "parties/974552825",
            Period = new Common.V1.Period { StartDate = Date(2025, 1, 1), EndDate = Date(2025, 12, 31) },
            RequestId = NewRequestId(),
        });

        var settled = (await Host.CreateSettlementAsync(new CreateSettlementRequest { CostPool = _pool.Name, Year = 2025, RequestId = NewRequestId() })).Settlement;
        var blocked = await Assert.ThrowsAsync<RpcException>(() =>
            Host.CreateSettlementAsync(new CreateSettlementRequest { CostPool = other.Name, Year = 2025, RequestId = NewRequestId() }).ResponseAsync);

        Assert.Equal(_pool.Name, settled.CostPool);
        Assert.Equal("UNISSUED_A_KONTO", TestCalls.PreconditionType(blocked));
    }

    private async Task<Invoice> GetAsync(string name) => (await Host.GetInvoiceAsync(new GetInvoiceRequest { Name = name })).Invoice;

    private async Task SetAmountAsync(CostPoolAmountKind kind, int year, long amount) =>
        await Host.SetCostPoolAmountAsync(new SetCostPoolAmountRequest
        {
            CostPool = _pool.Name,
            Kind = kind,
            Amount = new YearAmount { Year = year, AmountOre = amount },
            RequestId = NewRequestId(),
        });

    private async Task AKontoAgreementAsync(Party host, Party partner) =>
        await Host.CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = "bvv-" + partner.MunicipalityNumber,
            Agreement = new Agreement
            {
                DisplayName = "Barnevernvakt",
                Host = host.Name,
                Partner = partner.Name,
                Versions =
                {
                    new AgreementVersion
                    {
                        ValidFrom = Date(2025, 1, 1), BillingFrequency = BillingFrequency.Quarterly, PaymentTermsDays = 30, PriceBaseYear = 2025,
                        Lines = { new ServiceLine { LineId = "vakt", Description = "Barnevernvakt, andel", KostraFunction = "244", CostShare = new CostShare { CostPool = _pool.Name } } },
                    },
                },
            },
            RequestId = NewRequestId(),
        });

    private async Task IssueAllAsync(InvoiceRun run)
    {
        foreach (var name in run.Outcomes.SelectMany(o => o.Invoices))
        {
            await Host.ApproveInvoiceAsync(new ApproveInvoiceRequest { Name = name, RequestId = NewRequestId() });
            await Host.IssueInvoiceAsync(new IssueInvoiceRequest { Name = name, IssueDate = Date(2025, 12, 31), RequestId = NewRequestId() });
        }
    }
}
