using Grpc.Net.Client;
using Intermunicipal.Hosting.Security;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.NationalBenchmark;

/// <summary>Every member a party; every partner an agreement with its host: per call, per slot-day and per held slot-month, billed quarterly.</summary>
public sealed class InvoicingSetUp(GrpcChannel channel, TokenMinter minter)
{
    public InvoicingService.InvoicingServiceClient FinanceOf(Municipality municipality)
    {
        var token = minter.Mint($"okonomi-{municipality.Number}", municipality.Number, [Roles.Finance], TimeSpan.FromHours(2));
        var invoker = Grpc.Core.Interceptors.CallInvokerExtensions.Intercept(channel.CreateCallInvoker(), metadata =>
        {
            metadata.Add("Authorization", $"Bearer {token}");
            return metadata;
        });
        return new InvoicingService.InvoicingServiceClient(invoker);
    }

    public async Task RunAsync(NationalDataSet data, int year)
    {
        foreach (var coop in data.Cooperations)
        {
            foreach (var member in coop.Members)
            {
                await FinanceOf(member).CreatePartyAsync(new CreatePartyRequest { Party = PartyOf(member), RequestId = NewId() });
            }

            foreach (var partner in coop.Partners)
            {
                await FinanceOf(coop.Host).CreateAgreementAsync(new CreateAgreementRequest
                {
                    AgreementId = $"avtale-{coop.Index}-{partner.Number}",
                    Agreement = AgreementOf(coop, partner, year),
                    RequestId = NewId(),
                });
            }
        }
    }

    private static Party PartyOf(Municipality m) => new()
    {
        OrganisationNumber = m.OrganisationNumber,
        MunicipalityNumber = m.Number,
        DisplayName = $"Kommune {m.Number}",
        PostalAddress = new PostalAddress { Street = "Rådhuset", PostalCode = "0150", City = "Oslo" },
        BankAccount = m.BankAccount,
        BuyerReference = $"Barnevern {m.Number}",
    };

    private static Agreement AgreementOf(Cooperation coop, Municipality partner, int year) => new()
    {
        DisplayName = $"Samarbeid {coop.Index}",
        Host = $"parties/{coop.Host.OrganisationNumber}",
        Partner = $"parties/{partner.OrganisationNumber}",
        Versions =
        {
            new AgreementVersion
            {
                ValidFrom = new Google.Type.Date { Year = year, Month = 1, Day = 1 },
                BillingFrequency = BillingFrequency.Quarterly,
                PaymentTermsDays = 30,
                PriceBaseYear = year,
                Lines =
                {
                    new ServiceLine { LineId = "samtaler", Description = "Barnevernvakt, henvendelser", Service = $"onCallUnits/{coop.UnitId}", KostraFunction = "244", PerUnit = new PerUnit { Unit = UsageUnit.Call, UnitPriceOre = 150_000 } },
                    new ServiceLine { LineId = "plassdogn", Description = "MST-CAN, plassdøgn", Service = $"teams/{coop.TeamId}", KostraFunction = "251", PerUnit = new PerUnit { Unit = UsageUnit.SlotDay, UnitPriceOre = 110_000 } },
                    new ServiceLine { LineId = "plasser", Description = "MST-CAN, disponerte plasser", Service = $"teams/{coop.TeamId}", KostraFunction = "251", PerAllocatedSlotMonth = new PerAllocatedSlotMonth { PricePerSlotMonthOre = 4_000_000 } },
                },
            },
        },
    };

    private static string NewId() => Guid.NewGuid().ToString();
}
