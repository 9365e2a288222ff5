using Intermunicipal.Invoicing.UnitTests;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>Checks EHF documents with the shared Peppol validator, or skips the test (saying so) where it is not beside the repository.</summary>
public static class PeppolRules
{
    /// <summary>Asserts that the folder's .xml files (searched recursively) pass: no schema error, no fatal rule.</summary>
    public static async Task AssertFolderValidAsync(string folder)
    {
        if (PeppolValidator.Find() is not { } validate)
        {
            // Everything else the test checked holds; only the Peppol rules could not be run here.
            Assert.Skip("../shared/peppol/validate is not beside the repository; the EHF was not checked against the Peppol rules.");
            return;
        }

        var outcome = await PeppolValidator.RunAsync(validate, folder, TestContext.Current.CancellationToken);
        Assert.True(outcome.ExitCode == 0, outcome.Output);
    }

    /// <summary>Asserts that one document passes.</summary>
    public static async Task AssertValidAsync(string fileName, byte[] content)
    {
        var folder = Directory.CreateTempSubdirectory("ehf-");
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, fileName), content, TestContext.Current.CancellationToken);
            await AssertFolderValidAsync(folder.FullName);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
