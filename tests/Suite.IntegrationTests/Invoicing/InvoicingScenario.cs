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

    /// <summary>Bærum bills Asker and a second partner a fixed monthly amount each, under agreements a-first and b-second.</summary>
    public static async Task<Party> TwoFixedAgreementsAsync(SuiteClients clients)
    {
        var host = clients.Invoicing(TestUser.BaerumFinance);
        var baerum = (await host.CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(TestUser.BaerumFinance, "974552825"), RequestId = NewRequestId() })).Party;
        var asker = (await clients.Invoicing(TestUser.AskerFinance).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(TestUser.AskerFinance, "944988106"), RequestId = NewRequestId() })).Party;
        var (otherFinance, otherNumber) = NewMunicipality();
        var other = (await clients.Invoicing(otherFinance).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(otherFinance, otherNumber), RequestId = NewRequestId() })).Party;
        foreach (var (id, partner) in new[] { ("a-first", asker), ("b-second", other) })
        {
            await host.CreateAgreementAsync(new CreateAgreementRequest
            {
                AgreementId = id,
                Agreement = new Agreement
                {
                    DisplayName = "Fast tilskudd",
                    Host = baerum.Name,
                    Partner = partner.Name,
                    Versions =
                    {
                        new AgreementVersion
                        {
                            ValidFrom = Date(2026, 1, 1), BillingFrequency = BillingFrequency.Monthly, PaymentTermsDays = 14, PriceBaseYear = 2026,
                            Lines = { new ServiceLine { LineId = "drift", Description = "Driftstilskudd", KostraFunction = "244", FixedAmount = new FixedAmount { AmountOre = 1_000_000 } } },
                        },
                    },
                },
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
