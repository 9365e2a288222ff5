using System.Diagnostics;

namespace Intermunicipal.Invoicing.UnitTests;

/// <summary>
/// Runs the suite's shared Peppol validator (<c>shared/peppol/validate</c>, beside the repository)
/// as a child process: schema, EN 16931 and Peppol BIS 3.0 rules, as an access point checks them.
/// </summary>
internal static class PeppolValidator
{
    /// <summary>The first run may apt-get Saxon and a Java runtime; a rule run takes seconds after that.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    public sealed record Outcome(int ExitCode, string Output)
    {
        /// <summary>The rule ids of the lines "FILE  RULE-ID  warning  message".</summary>
        public IReadOnlySet<string> WarningRules => Output.Split('\n')
            .Select(line => line.Split("  "))
            .Where(parts => parts.Length >= 3 && parts[2] == "warning")
            .Select(parts => parts[1])
            .ToHashSet();
    }

    /// <summary>The validator's path, or null when the repository has no shared/ beside it.</summary>
    public static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Intermunicipal.sln")))
            {
                var validate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "peppol", "validate"));
                return File.Exists(validate) ? validate : null;
            }
        }
        return null;
    }

    public static async Task<Outcome> RunAsync(string validate, string folder, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(Patience);
        var start = new ProcessStartInfo(validate)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(folder);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {validate}.");
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Outcome(process.ExitCode, await stdout + await stderr);
    }
}
