using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.NationalBenchmark;

/// <summary>The measured part of the national benchmark.</summary>
public static class YearOfInvoicing
{
    /// <summary>What is measured: every host's year, run, approved, issued and rendered as EHF.</summary>
    public static async Task<(int Invoices, int Lines, long EhfBytes)> RunAsync(NationalDataSet data, InvoicingSetUp invoicing, int year)
    {
        var (invoices, lines, bytes) = (0, 0, 0L);
        foreach (var coop in data.Cooperations)
        {
            var host = invoicing.FinanceOf(coop.Host);
            var run = (await host.CreateInvoiceRunAsync(new CreateInvoiceRunRequest
            {
                Host = $"parties/{coop.Host.OrganisationNumber}",
                Period = new Common.V1.Period { StartDate = new Google.Type.Date { Year = year, Month = 1, Day = 1 }, EndDate = new Google.Type.Date { Year = year, Month = 12, Day = 31 } },
                RequestId = Guid.NewGuid().ToString(),
            })).InvoiceRun;
            if (run.Outcomes.FirstOrDefault(o => !o.Succeeded) is { } failed)
            {
                throw new InvalidOperationException($"{failed.Agreement}: {failed.FailureReason}");
            }

            foreach (var name in run.Outcomes.SelectMany(o => o.Invoices))
            {
                await host.ApproveInvoiceAsync(new ApproveInvoiceRequest { Name = name, RequestId = Guid.NewGuid().ToString() });
                var issued = (await host.IssueInvoiceAsync(new IssueInvoiceRequest { Name = name, IssueDate = new Google.Type.Date { Year = year + 1, Month = 1, Day = 15 }, RequestId = Guid.NewGuid().ToString() })).Invoice;
                var ehf = await host.GetInvoiceDocumentAsync(new GetInvoiceDocumentRequest { Name = name, Format = DocumentFormat.Ehf });
                (invoices, lines, bytes) = (invoices + 1, lines + issued.Lines.Count, bytes + ehf.Content.Length);
            }
        }

        return (invoices, lines, bytes);
    }
}
