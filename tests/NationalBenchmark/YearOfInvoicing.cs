using System.Diagnostics;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.NationalBenchmark;

/// <summary>What the measured year produced, and where its time went.</summary>
public sealed record InvoicedYear(int Invoices, int Lines, long EhfBytes, TimeSpan Runs, TimeSpan Approve, TimeSpan Issue, TimeSpan Read);

/// <summary>The measured part of the national benchmark.</summary>
public static class YearOfInvoicing
{
    /// <summary>What is measured: every host's year, run, approved, issued (EHF to the outbox), and the EHF read from the outbox.</summary>
    public static async Task<InvoicedYear> RunAsync(NationalDataSet data, InvoicingSetUp invoicing, int year, string outbox)
    {
        var (runs, approve, issue) = (new Stopwatch(), new Stopwatch(), new Stopwatch());
        var (invoices, lines) = (0, 0);
        foreach (var coop in data.Cooperations)
        {
            var host = invoicing.FinanceOf(coop.Host);
            runs.Start();
            var run = (await host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
            {
                Host = $"parties/{coop.Host.OrganisationNumber}",
                Period = new Common.V1.Period { StartDate = new Google.Type.Date { Year = year, Month = 1, Day = 1 }, EndDate = new Google.Type.Date { Year = year, Month = 12, Day = 31 } },
                RequestId = Guid.NewGuid().ToString(),
            })).InvoiceRun;
            runs.Stop();
            if (run.Outcomes.FirstOrDefault(o => !o.Succeeded) is { } failed)
            {
                throw new InvalidOperationException($"{failed.Agreement}: {failed.FailureReason}");
            }

            var names = run.Outcomes.SelectMany(o => o.Invoices).ToList();
            approve.Start();
            await host.BatchApproveInvoicesAsync(new BatchApproveInvoicesRequest { Names = { names }, RequestId = Guid.NewGuid().ToString() });
            approve.Stop();
            issue.Start();
            var issued = (await host.BatchIssueInvoicesAsync(new BatchIssueInvoicesRequest
            {
                Names = { names },
                IssueDate = new Google.Type.Date { Year = year + 1, Month = 1, Day = 15 },
                RequestId = Guid.NewGuid().ToString(),
            })).Invoices;
            issue.Stop();
            (invoices, lines) = (invoices + issued.Count, lines + issued.Sum(i => i.Lines.Count));
        }

        var read = Stopwatch.StartNew();
        var bytes = 0L;
        foreach (var file in Directory.EnumerateFiles(outbox, "*.xml", SearchOption.AllDirectories))
        {
            bytes += (await File.ReadAllBytesAsync(file)).Length;
        }

        return new InvoicedYear(invoices, lines, bytes, runs.Elapsed, approve.Elapsed, issue.Elapsed, read.Elapsed);
    }
}
