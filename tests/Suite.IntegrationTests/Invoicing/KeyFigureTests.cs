using Grpc.Core;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>Population and children 0–17 per municipality and year, imported from SSB's CSV and read back.</summary>
[Collection(SuiteCollection.Name)]
public sealed class KeyFigureTests(SuiteFixture suite)
{
    private InvoicingService.InvoicingServiceClient As(TestUser user) => suite.Gateway.Invoicing(user);

    [Fact]
    public async Task An_import_stores_new_and_changed_figures_and_a_retry_changes_nothing()
    {
        // Year 1990 is used by this test only, so the shared database holds no other figures for it.
        var first = new ImportKeyFiguresRequest { Kind = KeyFigureKind.Children017, Csv = "region;år;personer\n3201 Bærum;1990;25000\n3203 Asker;1990;19000\n", RequestId = Guid.NewGuid().ToString() };
        var second = new ImportKeyFiguresRequest { Kind = KeyFigureKind.Children017, Csv = "region;år;personer\n3201 Bærum;1990;25000\n3203 Asker;1990;19500\n", RequestId = Guid.NewGuid().ToString() };

        var imported = await As(TestUser.BaerumFinance).ImportKeyFiguresAsync(first);
        var changed = await As(TestUser.BaerumFinance).ImportKeyFiguresAsync(second);
        await As(TestUser.BaerumFinance).ImportKeyFiguresAsync(first); // a retry of the first: not applied again
        var figures = await As(TestUser.AskerFinance).ListKeyFiguresAsync(new ListKeyFiguresRequest { Kind = KeyFigureKind.Children017, Year = 1990 });

        Assert.Equal((2, 1), (imported.ImportedCount, changed.ImportedCount));
        Assert.Equal([("3201", 25_000L), ("3203", 19_500L)], figures.KeyFigures.Select(f => (f.MunicipalityNumber, f.Value)));
    }

    [Fact]
    public async Task A_bad_file_stores_nothing_and_says_which_lines()
    {
        var e = await Assert.ThrowsAsync<RpcException>(() => As(TestUser.BaerumFinance).ImportKeyFiguresAsync(new ImportKeyFiguresRequest
        {
            Kind = KeyFigureKind.Population,
            Csv = "region;år;personer\n3201;1991;130000\nBærum;1991;1\n",
            RequestId = Guid.NewGuid().ToString(),
        }).ResponseAsync);
        var figures = await As(TestUser.BaerumFinance).ListKeyFiguresAsync(new ListKeyFiguresRequest { Kind = KeyFigureKind.Population, Year = 1991 });

        Assert.Equal(StatusCode.InvalidArgument, e.StatusCode);
        Assert.Contains("line 3", e.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>()!.FieldViolations.Single().Description, StringComparison.Ordinal);
        Assert.Empty(figures.KeyFigures);
    }

    [Fact]
    public async Task Only_finance_staff_import_or_read_figures()
    {
        var import = await Assert.ThrowsAsync<RpcException>(() => As(TestUser.BaerumCoordinator).ImportKeyFiguresAsync(new ImportKeyFiguresRequest
        {
            Kind = KeyFigureKind.Population,
            Csv = "a;b;c\n3201;1992;1\n",
            RequestId = Guid.NewGuid().ToString(),
        }).ResponseAsync);
        var list = await Assert.ThrowsAsync<RpcException>(() =>
            As(TestUser.BaerumCaseworker).ListKeyFiguresAsync(new ListKeyFiguresRequest { Kind = KeyFigureKind.Population, Year = 1992 }).ResponseAsync);

        Assert.Equal((StatusCode.PermissionDenied, StatusCode.PermissionDenied), (import.StatusCode, list.StatusCode));
    }
}
