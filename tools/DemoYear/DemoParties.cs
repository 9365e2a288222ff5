using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.DemoYear;

/// <summary>A demo municipality: its finance user (a development user of the gateway) and its party.</summary>
public sealed record DemoParty(string FinanceUser, string MunicipalityNumber, string OrganisationNumber, string DisplayName, string City,
    string PostalCode, string BankAccount, string BuyerReference)
{
    public string Name => $"parties/{OrganisationNumber}";

    public Party ToParty() => new()
    {
        OrganisationNumber = OrganisationNumber,
        MunicipalityNumber = MunicipalityNumber,
        DisplayName = DisplayName,
        PostalAddress = new PostalAddress { Street = "Rådhuset", PostalCode = PostalCode, City = City },
        BankAccount = BankAccount,
        Contact = new Contact { DisplayName = "Økonomiavdelingen", Email = $"faktura@{City.ToLowerInvariant().Replace('æ', 'a').Replace('ø', 'o')}.kommune.no" },
        BuyerReference = BuyerReference,
    };
}

/// <summary>
/// Bærum hosts for Asker; Tønsberg hosts MST-CAN Vestfold for Sandefjord and Larvik. Organisation
/// and account numbers are made up but carry valid check digits.
/// </summary>
public static class DemoParties
{
    public static readonly DemoParty Baerum = new("baerum-okonomi", "3201", "974552825", "Bærum kommune", "Sandvika", "1304", "15031234562", "Barnevern 3201");
    public static readonly DemoParty Asker = new("asker-okonomi", "3203", "944988106", "Asker kommune", "Asker", "1372", "15941234566", "Barnevern 4711");
    public static readonly DemoParty Tonsberg = new("tonsberg-okonomi", "3905", "964648514", "Tønsberg kommune", "Tønsberg", "3103", "22201234569", "MST-CAN Vestfold");
    public static readonly DemoParty Sandefjord = new("sandefjord-okonomi", "3907", "964857318", "Sandefjord kommune", "Sandefjord", "3202", "24801234565", "Barnevern 3907");
    public static readonly DemoParty Larvik = new("larvik-okonomi", "3909", "945013451", "Larvik kommune", "Larvik", "3251", "26011234568", "Barnevern 3909");

    public static readonly IReadOnlyList<DemoParty> All = [Baerum, Asker, Tonsberg, Sandefjord, Larvik];

    public static readonly IReadOnlyList<DemoParty> Hosts = [Baerum, Tonsberg];
}
