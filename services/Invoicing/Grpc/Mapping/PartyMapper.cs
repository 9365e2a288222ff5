using System.Globalization;
using Intermunicipal.Hosting.Time;
using Intermunicipal.Invoicing.Infrastructure.Entities;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Mapping;

public static class PartyMapper
{
    /// <summary>Peppol participant identifier scheme for Norwegian organisation numbers.</summary>
    public const string PeppolScheme = "0192";

    public static Party ToProto(PartyRecord p) => new()
    {
        Name = ResourceNames.Party(p.OrganisationNumber),
        OrganisationNumber = p.OrganisationNumber,
        MunicipalityNumber = p.MunicipalityNumber,
        DisplayName = p.DisplayName,
        PostalAddress = new PostalAddress { Street = p.Street, PostalCode = p.PostalCode, City = p.City, CountryCode = p.CountryCode },
        PeppolEndpoint = $"{PeppolScheme}:{p.OrganisationNumber}",
        BankAccount = p.BankAccount,
        Contact = new Contact { DisplayName = p.ContactName, Email = p.ContactEmail, Phone = p.ContactPhone },
        BuyerReference = p.BuyerReference,
        CreateTime = ProtoTime.ToTimestamp(p.CreateTime),
        UpdateTime = ProtoTime.ToTimestamp(p.UpdateTime),
        Etag = p.Version.ToString(CultureInfo.InvariantCulture),
    };

    public static PartyRecord ToRecord(Party p, DateTime now) => Apply(new PartyRecord
    {
        OrganisationNumber = p.OrganisationNumber,
        MunicipalityNumber = p.MunicipalityNumber,
        DisplayName = "",
        Street = "",
        PostalCode = "",
        City = "",
        CountryCode = "NO",
        BankAccount = "",
        BuyerReference = "",
        CreateTime = now,
        UpdateTime = now,
    }, p, Validation.PartyValidator.UpdatablePaths);

    /// <summary>Copies the fields named by <paramref name="paths"/> (already validated) onto <paramref name="record"/>.</summary>
    public static PartyRecord Apply(PartyRecord record, Party p, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            switch (path)
            {
                case "display_name": record.DisplayName = p.DisplayName.Trim(); break;
                case "postal_address":
                    (record.Street, record.PostalCode, record.City) = (p.PostalAddress.Street.Trim(), p.PostalAddress.PostalCode, p.PostalAddress.City.Trim());
                    record.CountryCode = p.PostalAddress.CountryCode is { Length: 2 } country ? country : "NO";
                    break;
                case "bank_account": record.BankAccount = p.BankAccount; break;
                case "contact":
                    (record.ContactName, record.ContactEmail, record.ContactPhone) = (p.Contact?.DisplayName.Trim() ?? "", p.Contact?.Email ?? "", p.Contact?.Phone ?? "");
                    break;
                case "buyer_reference": record.BuyerReference = p.BuyerReference.Trim(); break;
            }
        }

        return record;
    }
}
