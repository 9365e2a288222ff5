using Intermunicipal.DemoYear;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// The README's demo year, run against the real services with Capacity's demo teams: 2025 is
/// invoiced, disputed, paid and settled, and every EHF document it writes passes the Peppol rules.
/// </summary>
public sealed class DemoYearTests : IAsyncLifetime
{
    private BillingServices _services = null!;
    private DirectoryInfo _out = null!;

    public async ValueTask InitializeAsync()
    {
        _services = await BillingServices.StartAsync(demoTreatments: true);
        _out = Directory.CreateTempSubdirectory("demo-year-");
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _out.Delete(recursive: true);
    }

    [Fact]
    public async Task A_demo_year_yields_invoices_credit_notes_and_a_settlement_whose_ehf_all_validate()
    {
        var log = new StringWriter();
        var run = new DemoYearRun(user => _services.Invoicing.Invoicing(FinanceUser(user)), new DateOnly(2026, 11, 24), log);

        var result = await run.RunAsync(2025, _out.FullName, TestContext.Current.CancellationToken);
        var again = await run.RunAsync(2025, _out.FullName, TestContext.Current.CancellationToken);
        var settlement = (await _services.Invoicing.Invoicing(FinanceUser("baerum-okonomi")).GetSettlementAsync(new GetSettlementRequest { Name = result.Settlement })).Settlement;

        Assert.Equal("", log.ToString());
        // Invoices: Bærum → Asker 4 quarters, Tønsberg → Sandefjord 12 months and → Larvik 4 quarters. Credit notes: the
        // credited dispute, and the settlement (the actual cost came in under budget, and Asker's share of the people grew less).
        Assert.Equal((20, 2), (result.Invoices, result.CreditNotes));
        Assert.Equal((result.Invoices, result.CreditNotes, result.Files.Count), (again.Invoices, again.CreditNotes, again.Files.Count));
        Assert.Equal(settlement.NetCostOre, settlement.Shares.Sum(s => s.FinalShareOre));
        Assert.Equal(["944988106", "945013451", "964857318"], _out.GetDirectories().Select(d => d.Name).Order(StringComparer.Ordinal));
        var ehf = string.Concat(result.Files.Select(File.ReadAllText));
        Assert.DoesNotContain("familie-", ehf, StringComparison.Ordinal);

        await PeppolRules.AssertFolderValidAsync(_out.FullName);
    }

    private static TestUser FinanceUser(string subject) =>
        new(subject, DemoParties.All.Single(p => p.FinanceUser == subject).MunicipalityNumber, Hosting.Security.Roles.Finance);
}
