using System.Globalization;
using Intermunicipal.Invoicing.V1;
using Intermunicipal.Suite.IntegrationTests.Infrastructure;

namespace Intermunicipal.Suite.IntegrationTests.Invoicing;

/// <summary>
/// Municipalities of their own for each test (made-up numbers from 4601 on, valid organisation
/// numbers), registered as parties, so tests sharing the suite's database never meet.
/// </summary>
public sealed class InvoicingScenario(SuiteFixture suite)
{
    private static int _nextMunicipality = 4600;

    public InvoicingService.InvoicingServiceClient As(TestUser user) => suite.Gateway.Invoicing(user);

    public static string NewRequestId() => Guid.NewGuid().ToString();

    /// <summary>A finance user of a fresh municipality, and a valid organisation number for it (not yet registered).</summary>
    public static (TestUser Finance, string OrganisationNumber) NewMunicipality()
    {
        var number = Interlocked.Increment(ref _nextMunicipality);
        var municipality = number.ToString("0000", CultureInfo.InvariantCulture);
        return (new TestUser($"okonomi-{municipality}", municipality, Hosting.Security.Roles.Finance), ValidOrganisationNumber(94_000_000 + number * 7));
    }

    /// <summary>A fresh municipality registered as a party.</summary>
    public async Task<(TestUser Finance, Party Party)> PartyAsync()
    {
        var (finance, organisationNumber) = NewMunicipality();
        var party = (await As(finance).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(finance, organisationNumber), RequestId = NewRequestId() })).Party;
        return (finance, party);
    }

    public static Party PartyOf(TestUser finance, string organisationNumber) => new()
    {
        OrganisationNumber = organisationNumber,
        MunicipalityNumber = finance.Municipality,
        DisplayName = $"Kommune {finance.Municipality}",
        PostalAddress = new PostalAddress { Street = "Rådhusplassen 1", PostalCode = "1304", City = "Sandvika" },
        BankAccount = "12345678903",
        Contact = new Contact { DisplayName = "Økonomiavdelingen", Email = "faktura@kommune.no", Phone = "+47 67 50 40 50" },
        BuyerReference = "Barnevern 4711",
    };

    public static Google.Type.Date Date(int year, int month, int day) => new() { Year = year, Month = month, Day = day };

    /// <summary>A party registered by its own finance staff.</summary>
    public static async Task<Party> RegisterAsync(Func<TestUser, InvoicingService.InvoicingServiceClient> clientFor, TestUser finance, string organisationNumber) =>
        (await clientFor(finance).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(finance, organisationNumber), RequestId = NewRequestId() })).Party;

    /// <summary>Bærum (974552825) and Asker (944988106), each registered by its own finance staff.</summary>
    public static async Task<(Party Baerum, Party Asker)> BaerumAndAskerAsync(Func<TestUser, InvoicingService.InvoicingServiceClient> clientFor) =>
        (await RegisterAsync(clientFor, TestUser.BaerumFinance, "974552825"), await RegisterAsync(clientFor, TestUser.AskerFinance, "944988106"));

    /// <summary>A fixed amount a month (KOSTRA 244).</summary>
    public static ServiceLine FixedLine(string lineId, string description, long amountOre) =>
        new() { LineId = lineId, Description = description, KostraFunction = "244", FixedAmount = new FixedAmount { AmountOre = amountOre } };

    /// <summary>"Fast tilskudd": billed monthly from 1 January 2026, payment in 14 days, prices of 2026.</summary>
    public static Agreement FixedAmountAgreement(Party host, Party partner, params ServiceLine[] lines) => new()
    {
        DisplayName = "Fast tilskudd",
        Host = host.Name,
        Partner = partner.Name,
        Versions =
        {
            new AgreementVersion
            {
                ValidFrom = Date(2026, 1, 1), BillingFrequency = BillingFrequency.Monthly, PaymentTermsDays = 14, PriceBaseYear = 2026, Lines = { lines },
            },
        },
    };

    /// <summary>An agreement <paramref name="id"/> of one line, billed monthly from 1 January 2026, payment in 30 days, prices of 2026.</summary>
    public static async Task MonthlyAgreementAsync(InvoicingService.InvoicingServiceClient hostFinance, string id, Party host, Party partner, ServiceLine line) =>
        await hostFinance.CreateAgreementAsync(new CreateAgreementRequest
        {
            AgreementId = id,
            Agreement = new Agreement
            {
                DisplayName = id,
                Host = host.Name,
                Partner = partner.Name,
                Versions = { new AgreementVersion { ValidFrom = Date(2026, 1, 1), BillingFrequency = BillingFrequency.Monthly, PaymentTermsDays = 30, PriceBaseYear = 2026, Lines = { line } } },
            },
            RequestId = NewRequestId(),
        });

    /// <summary>Bærum bills Asker and a second partner 10 000 kr a month each, under agreements a-first and b-second.</summary>
    public static async Task<Party> TwoFixedAgreementsAsync(SuiteClients clients)
    {
        var (baerum, asker) = await BaerumAndAskerAsync(clients.Invoicing);
        var (otherFinance, otherNumber) = NewMunicipality();
        var other = await RegisterAsync(clients.Invoicing, otherFinance, otherNumber);
        foreach (var (id, partner) in new[] { ("a-first", asker), ("b-second", other) })
        {
            await clients.Invoicing(TestUser.BaerumFinance).CreateAgreementAsync(new CreateAgreementRequest
            {
                AgreementId = id,
                Agreement = FixedAmountAgreement(baerum, partner, FixedLine("drift", "Driftstilskudd", 1_000_000)),
                RequestId = NewRequestId(),
            });
        }

        return baerum;
    }

    private static string ValidOrganisationNumber(int stem)
    {
        int[] weights = [3, 2, 7, 6, 5, 4, 3, 2];
        for (var s = stem; ; s++)
        {
            var digits = s.ToString("00000000", CultureInfo.InvariantCulture).Select(c => c - '0').ToArray();
            var check = 11 - weights.Select((w, i) => w * digits[i]).Sum() % 11;
            if (check != 10)
            {
                return string.Concat(digits) + (check == 11 ? 0 : check);
            }
        }
    }
}
