using Grpc.Core;
using Intermunicipal.Invoicing.V1;
using static Intermunicipal.DemoYear.DemoAgreements;
using static Intermunicipal.DemoYear.DemoParties;

namespace Intermunicipal.DemoYear;

/// <summary>What a demo year produced.</summary>
public sealed record DemoYearResult(int Invoices, int CreditNotes, string Settlement, IReadOnlyList<string> Files);

/// <summary>
/// A year of invoicing as the finance staff would do it, every step through the API: parties,
/// key figures, the cost pool and agreements; the year's invoice runs, approved and issued at each
/// period's end; a dispute credited and one rejected; payments; the year-end settlement; and the
/// EHF of every issued document written to a folder per partner. Setting up again on the same
/// data is harmless (existing resources are kept), so the command can be re-run.
/// </summary>
public sealed class DemoYearRun(Func<string, InvoicingService.InvoicingServiceClient> clientFor, DateOnly today, TextWriter log)
{
    public async Task<DemoYearResult> RunAsync(int year, string outFolder, CancellationToken ct)
    {
        await SetUpAsync(year, ct);
        foreach (var host in Hosts)
        {
            await InvoiceYearAsync(host, year, ct);
        }

        await DisputesAsync(year, ct);
        await PaymentsAsync(ct);
        var settlement = await SettleAsync(year, ct);
        return await WriteDocumentsAsync(outFolder, settlement, ct);
    }

    private InvoicingService.InvoicingServiceClient As(DemoParty party) => clientFor(party.FinanceUser);

    private async Task SetUpAsync(int year, CancellationToken ct)
    {
        foreach (var party in All)
        {
            await Tolerating(StatusCode.AlreadyExists, () => As(party).CreatePartyAsync(new CreatePartyRequest { Party = party.ToParty(), RequestId = NewId() }, cancellationToken: ct).ResponseAsync);
        }

        await As(Baerum).ImportKeyFiguresAsync(new ImportKeyFiguresRequest { Kind = KeyFigureKind.Population, Csv = PopulationCsv(year), RequestId = NewId() }, cancellationToken: ct);
        await Tolerating(StatusCode.AlreadyExists, () => As(Baerum).CreateCostPoolAsync(new CreateCostPoolRequest { CostPoolId = BarnevernvaktPool, CostPool = Pool(), RequestId = NewId() }, cancellationToken: ct).ResponseAsync);
        await SetPoolAmountAsync(CostPoolAmountKind.Budget, year, 2_400_000_000, ct);
        foreach (var (id, agreement) in For(year))
        {
            var host = Hosts.Single(h => h.Name == agreement.Host);
            await Tolerating(StatusCode.AlreadyExists, () => As(host).CreateAgreementAsync(new CreateAgreementRequest { AgreementId = id, Agreement = agreement, RequestId = NewId() }, cancellationToken: ct).ResponseAsync);
        }
    }

    /// <summary>One run per month, as finance would run them; each draft approved and issued the day after its period.</summary>
    private async Task InvoiceYearAsync(DemoParty host, int year, CancellationToken ct)
    {
        for (var month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            var run = (await As(host).CreateInvoiceRunAsync(new CreateInvoiceRunRequest
            {
                Host = host.Name,
                Period = new Common.V1.Period { StartDate = ToDate(first), EndDate = ToDate(first.AddMonths(1).AddDays(-1)) },
                RequestId = NewId(),
            }, cancellationToken: ct)).InvoiceRun;
            foreach (var failed in run.Outcomes.Where(o => !o.Succeeded))
            {
                await log.WriteLineAsync($"{failed.Agreement}: {failed.FailureReason}");
            }

            foreach (var name in run.Outcomes.SelectMany(o => o.Invoices))
            {
                await IssueAsync(host, name, ct);
            }
        }
    }

    private async Task<Invoice> IssueAsync(DemoParty host, string name, CancellationToken ct)
    {
        var draft = (await As(host).ApproveInvoiceAsync(new ApproveInvoiceRequest { Name = name, RequestId = NewId() }, cancellationToken: ct)).Invoice;
        var day = DateOnly.FromDateTime(new DateTime(draft.Period.EndDate.Year, draft.Period.EndDate.Month, draft.Period.EndDate.Day)).AddDays(1);
        var issueDate = day <= today ? day : today;
        return (await As(host).IssueInvoiceAsync(new IssueInvoiceRequest { Name = name, IssueDate = ToDate(issueDate), RequestId = NewId() }, cancellationToken: ct)).Invoice;
    }

    /// <summary>Asker disputes its third-quarter RFT line, which Bærum credits; Larvik disputes a quarter's minimum, which Tønsberg rejects.</summary>
    private async Task DisputesAsync(int year, CancellationToken ct)
    {
        await DisputeAsync(Asker, Baerum, year, 7, "rft", "Tre plassdøgn i juli gjelder en familie som ble overført til Bærums egen plass.",
            new ResolveDisputeRequest { CreditReason = "Plassdøgn i juli feilført på Asker" }, ct);
        await DisputeAsync(Larvik, Tonsberg, year, 4, "plassdogn", "Minstebeløpet bør ikke gjelde når teamet hadde ventetid.",
            new ResolveDisputeRequest { RejectionReason = "Minstebeløpet gjelder etter avtalen § 4 uansett ventetid." }, ct);
    }

    private async Task DisputeAsync(DemoParty partner, DemoParty host, int year, int periodMonth, string serviceLine, string reason, ResolveDisputeRequest resolution, CancellationToken ct)
    {
        var invoice = (await As(partner).ListInvoicesAsync(new ListInvoicesRequest { Counterpart = host.Name, PageSize = 500 }, cancellationToken: ct)).Invoices
            .FirstOrDefault(i => i.Kind == InvoiceKind.Invoice && i.Period.StartDate.Year == year && i.Period.StartDate.Month == periodMonth
                && i.Lines.Any(l => l.ServiceLine == serviceLine));
        if (invoice is null)
        {
            await log.WriteLineAsync($"No {serviceLine} line in {year}-{periodMonth:00} to dispute.");
            return;
        }

        var line = invoice.Lines.First(l => l.ServiceLine == serviceLine);
        var dispute = await Tolerating(StatusCode.FailedPrecondition, () => As(partner).CreateDisputeAsync(
            new CreateDisputeRequest { Parent = invoice.Name, LineId = line.LineId, Reason = reason, RequestId = NewId() }, cancellationToken: ct).ResponseAsync);
        if (dispute is null)
        {
            return;
        }

        resolution.Dispute = dispute.Dispute.Name;
        resolution.RequestId = NewId();
        var resolved = (await As(host).ResolveDisputeAsync(resolution, cancellationToken: ct)).Dispute;
        if (resolved.CreditNote.Length > 0)
        {
            await IssueAsync(host, resolved.CreditNote, ct);
        }
    }

    /// <summary>Every partner pays each invoice in full on its due date, where that date has come.</summary>
    private async Task PaymentsAsync(CancellationToken ct)
    {
        foreach (var host in Hosts)
        {
            var issued = (await As(host).ListInvoicesAsync(new ListInvoicesRequest { States = { InvoiceState.Issued }, PageSize = 500 }, cancellationToken: ct)).Invoices;
            foreach (var invoice in issued.Where(i => i.Kind == InvoiceKind.Invoice && FromDate(i.DueDate) <= today))
            {
                await As(host).RecordPaymentAsync(new RecordPaymentRequest
                {
                    Name = invoice.Name,
                    Payment = new Payment { PaymentDate = invoice.DueDate, AmountOre = invoice.TotalOre },
                    RequestId = NewId(),
                }, cancellationToken: ct);
            }
        }
    }

    /// <summary>Bærum records the year's actual net cost of the barnevernvakt and settles; the difference is issued in February.</summary>
    private async Task<string> SettleAsync(int year, CancellationToken ct)
    {
        await Tolerating(StatusCode.FailedPrecondition, () => SetPoolAmountAsync(CostPoolAmountKind.ActualNetCost, year, 2_345_678_901, ct));
        var created = await Tolerating(StatusCode.FailedPrecondition, () => As(Baerum).CreateSettlementAsync(
            new CreateSettlementRequest { CostPool = $"costPools/{BarnevernvaktPool}", Year = year, RequestId = NewId() }, cancellationToken: ct).ResponseAsync);
        if (created is null)
        {
            return "";
        }

        foreach (var share in created.Settlement.Shares.Where(s => s.Invoice.Length > 0))
        {
            await IssueAsync(Baerum, share.Invoice, ct);
        }

        return created.Settlement.Name;
    }

    private async Task<DemoYearResult> WriteDocumentsAsync(string outFolder, string settlement, CancellationToken ct)
    {
        var files = new List<string>();
        var (invoices, creditNotes) = (0, 0);
        foreach (var host in Hosts)
        {
            var all = (await As(host).ListInvoicesAsync(new ListInvoicesRequest
            {
                States = { InvoiceState.Issued, InvoiceState.Paid, InvoiceState.Credited },
                PageSize = 500,
            }, cancellationToken: ct)).Invoices;
            foreach (var invoice in all)
            {
                var document = await As(host).GetInvoiceDocumentAsync(new GetInvoiceDocumentRequest { Name = invoice.Name, Format = DocumentFormat.Ehf }, cancellationToken: ct);
                var folder = Directory.CreateDirectory(Path.Combine(outFolder, invoice.Partner["parties/".Length..]));
                // The issuer first, as in the service's outbox: a partner of two hosts gets two of each number.
                var path = Path.Combine(folder.FullName, $"{invoice.Host["parties/".Length..]}-{document.FileName}");
                await File.WriteAllBytesAsync(path, document.Content.ToByteArray(), ct);
                files.Add(path);
                (invoices, creditNotes) = invoice.Kind == InvoiceKind.CreditNote ? (invoices, creditNotes + 1) : (invoices + 1, creditNotes);
            }
        }

        return new DemoYearResult(invoices, creditNotes, settlement, files);
    }

    private Task<SetCostPoolAmountResponse> SetPoolAmountAsync(CostPoolAmountKind kind, int year, long amountOre, CancellationToken ct) =>
        As(Baerum).SetCostPoolAmountAsync(new SetCostPoolAmountRequest
        {
            CostPool = $"costPools/{BarnevernvaktPool}",
            Kind = kind,
            Amount = new YearAmount { Year = year, AmountOre = amountOre },
            RequestId = NewId(),
        }, cancellationToken: ct).ResponseAsync;

    /// <summary>The step's result, or null when it was already done before (the status given).</summary>
    private static async Task<T?> Tolerating<T>(StatusCode alreadyDone, Func<Task<T>> step) where T : class
    {
        try
        {
            return await step();
        }
        catch (RpcException e) when (e.StatusCode == alreadyDone)
        {
            return null;
        }
    }

    private static string NewId() => Guid.NewGuid().ToString();

    private static Google.Type.Date ToDate(DateOnly d) => new() { Year = d.Year, Month = d.Month, Day = d.Day };

    private static DateOnly FromDate(Google.Type.Date d) => new(d.Year, d.Month, d.Day);
}
