using System.Diagnostics;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.NationalBenchmark;

/// <summary>What the measured year produced, and where its time went (the phases summed over the hosts).</summary>
public sealed record InvoicedYear(int Invoices, int Lines, long EhfBytes, TimeSpan Runs, TimeSpan Approve, TimeSpan Issue, TimeSpan Read);

/// <summary>The measured part of the national benchmark.</summary>
public static class YearOfInvoicing
{
    /// <summary>
    /// What is measured: every host's year, run, approved, issued (EHF to the outbox), and the EHF read
    /// from the outbox. Hosts are independent municipalities whose finance staff work at the same time;
    /// <paramref name="hostsAtOnce"/> of them go through their steps side by side, each in order.
    /// </summary>
    public static async Task<InvoicedYear> RunAsync(NationalDataSet data, InvoicingSetUp invoicing, int year, string outbox, int hostsAtOnce)
    {
        var hosts = new HostTotals();
        await Parallel.ForEachAsync(data.Cooperations, new ParallelOptions { MaxDegreeOfParallelism = hostsAtOnce },
            async (coop, _) => hosts.Add(await HostYearAsync(invoicing.FinanceOf(coop.Host), coop.Host, year)));

        var read = Stopwatch.StartNew();
        var bytes = 0L;
        foreach (var file in Directory.EnumerateFiles(outbox, "*.xml", SearchOption.AllDirectories))
        {
            bytes += (await File.ReadAllBytesAsync(file)).Length;
        }

        return new InvoicedYear(hosts.Invoices, hosts.Lines, bytes, hosts.Runs, hosts.Approve, hosts.Issue, read.Elapsed);
    }

    /// <summary>One host's year: one run over the year, its drafts approved and issued in one batch each.</summary>
    private static async Task<HostYear> HostYearAsync(InvoicingService.InvoicingServiceClient host, Municipality municipality, int year)
    {
        var step = Stopwatch.StartNew();
        var run = (await host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
        {
            Host = $"parties/{municipality.OrganisationNumber}",
            Period = new Common.V1.Period { StartDate = new Google.Type.Date { Year = year, Month = 1, Day = 1 }, EndDate = new Google.Type.Date { Year = year, Month = 12, Day = 31 } },
            RequestId = Guid.NewGuid().ToString(),
        })).InvoiceRun;
        var runs = step.Elapsed;
        if (run.Outcomes.FirstOrDefault(o => !o.Succeeded) is { } failed)
        {
            throw new InvalidOperationException($"{failed.Agreement}: {failed.FailureReason}");
        }

        var names = run.Outcomes.SelectMany(o => o.Invoices).ToList();
        step.Restart();
        await host.BatchApproveInvoicesAsync(new BatchApproveInvoicesRequest { Names = { names }, RequestId = Guid.NewGuid().ToString() });
        var approve = step.Elapsed;
        step.Restart();
        var issued = (await host.BatchIssueInvoicesAsync(new BatchIssueInvoicesRequest
        {
            Names = { names },
            IssueDate = new Google.Type.Date { Year = year + 1, Month = 1, Day = 15 },
            RequestId = Guid.NewGuid().ToString(),
        })).Invoices;
        return new HostYear(issued.Count, issued.Sum(i => i.Lines.Count), runs, approve, step.Elapsed);
    }

    private sealed record HostYear(int Invoices, int Lines, TimeSpan Runs, TimeSpan Approve, TimeSpan Issue);

    /// <summary>The hosts' years added up as they finish, from whichever thread finishes them.</summary>
    private sealed class HostTotals
    {
        private readonly Lock _gate = new();

        public int Invoices { get; private set; }
        public int Lines { get; private set; }
        public TimeSpan Runs { get; private set; }
        public TimeSpan Approve { get; private set; }
        public TimeSpan Issue { get; private set; }

        public void Add(HostYear host)
        {
            lock (_gate)
            {
                (Invoices, Lines) = (Invoices + host.Invoices, Lines + host.Lines);
                (Runs, Approve, Issue) = (Runs + host.Runs, Approve + host.Approve, Issue + host.Issue);
            }
        }
    }
}
