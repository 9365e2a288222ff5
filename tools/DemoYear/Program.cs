using System.Net;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Intermunicipal.DemoYear;
using Intermunicipal.Invoicing.V1;

// dotnet Intermunicipal.DemoYear.dll [--gateway URL] [--year YYYY] [--out FOLDER]
// Needs the suite running in Development (scripts/run.sh): tokens come from the gateway's /dev/tokens.
var gateway = new Uri(Option("--gateway") ?? "http://127.0.0.1:5100");
var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Europe/Oslo"));
var year = int.Parse(Option("--year") ?? (today.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
var outFolder = Path.GetFullPath(Option("--out") ?? "demo-ehf");

using var http = new HttpClient { BaseAddress = gateway, DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact };
var tokens = new Dictionary<string, string>();
foreach (var party in DemoParties.All)
{
    tokens[party.FinanceUser] = (await http.GetStringAsync($"/dev/tokens/{party.FinanceUser}")).Trim();
}

using var channel = GrpcChannel.ForAddress(gateway);
var run = new DemoYearRun(user => new InvoicingService.InvoicingServiceClient(channel.Intercept(metadata =>
{
    metadata.Add("Authorization", $"Bearer {tokens[user]}");
    return metadata;
})), today, Console.Out);
var result = await run.RunAsync(year, outFolder, CancellationToken.None);
Console.WriteLine($"{year}: {result.Invoices} invoices, {result.CreditNotes} credit notes, settlement {result.Settlement}; EHF in {outFolder}");
return 0;

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
