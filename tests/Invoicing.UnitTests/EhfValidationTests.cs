using Intermunicipal.Invoicing.Documents;

namespace Intermunicipal.Invoicing.UnitTests;

/// <summary>
/// Every test document, written as EHF, passes the Peppol validator with no fatal error. The only
/// warning allowed is NO-R-002 ("Foretaksregisteret"), which a municipality cannot truthfully
/// satisfy (see EhfParties).
/// </summary>
public sealed class EhfValidationTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("ehf-validation-");

    [Fact]
    public async Task Every_test_document_passes_Peppol_BIS_3_validation()
    {
        var validate = PeppolValidator.Find();
        if (validate is null)
        {
            Assert.Skip("shared/peppol/validate was not found beside the repository (../shared/peppol from the folder holding Intermunicipal.sln).");
        }
        foreach (var document in TestDocuments.All)
        {
            var ehf = DocumentRenderer.Render(document, DocumentFormat.Ehf);
            await File.WriteAllBytesAsync(Path.Combine(_folder.FullName, ehf.FileName), ehf.Content, TestContext.Current.CancellationToken);
        }

        var outcome = await PeppolValidator.RunAsync(validate, _folder.FullName, TestContext.Current.CancellationToken);

        Assert.True(outcome.ExitCode == 0, $"The validator failed ({outcome.ExitCode}):\n{outcome.Output}");
        Assert.Contains($"peppol: {TestDocuments.All.Count} files, {TestDocuments.All.Count} valid", outcome.Output);
        Assert.True(outcome.WarningRules.SetEquals(["NO-R-002"]), $"Unexpected warnings:\n{outcome.Output}");
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
