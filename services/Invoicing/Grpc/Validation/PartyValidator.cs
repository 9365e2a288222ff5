using System.Text.RegularExpressions;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.Domain;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Validation;

/// <summary>A party's fields: what an invoice needs of a sender and a receiver, checked before anything is stored.</summary>
public static partial class PartyValidator
{
    /// <summary>The fields UpdateParty may change (the organisation and municipality numbers never change).</summary>
    public static readonly IReadOnlySet<string> UpdatablePaths =
        new HashSet<string>(["display_name", "postal_address", "bank_account", "contact", "buyer_reference"], StringComparer.Ordinal);

    public static void ValidateCreate(CreatePartyRequest request)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        if (request.Party is not { } party)
        {
            violations.Add("party", "is required").ThrowIfAny();
            return;
        }

        if (OrganisationNumber.Problem(party.OrganisationNumber) is { } problem)
        {
            violations.Add("party.organisation_number", problem);
        }

        violations.Require(ProtoValues.IsMunicipalityNumber(party.MunicipalityNumber), "party.municipality_number", "must be 4 digits");
        CheckFields(party, UpdatablePaths, violations);
        violations.ThrowIfAny();
    }

    /// <summary>The paths to change, after checking them and the new values.</summary>
    public static IReadOnlyList<string> ValidateUpdate(UpdatePartyRequest request)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        violations.Require(request.Party is not null, "party", "is required");
        var paths = request.UpdateMask?.Paths.ToList() ?? [];
        violations.Require(paths.Count > 0, "update_mask", "must name the fields to change");
        foreach (var path in paths.Where(p => !UpdatablePaths.Contains(p)))
        {
            violations.Add("update_mask", $"cannot change '{Truncated(path)}'; changeable: {string.Join(", ", UpdatablePaths.Order(StringComparer.Ordinal))}");
        }

        if (request.Party is { } party)
        {
            CheckFields(party, paths.Where(UpdatablePaths.Contains), violations);
        }

        violations.ThrowIfAny();
        return paths;
    }

    private static void CheckFields(Party party, IEnumerable<string> paths, FieldViolations violations)
    {
        foreach (var path in paths.Distinct())
        {
            switch (path)
            {
                case "display_name":
                    ProtoValues.Text(party.DisplayName, "party.display_name", 200, required: true, violations);
                    break;
                case "postal_address":
                    CheckAddress(party.PostalAddress, violations);
                    break;
                case "bank_account" when BankAccountNumber.Problem(party.BankAccount) is { } problem:
                    violations.Add("party.bank_account", problem);
                    break;
                case "contact":
                    CheckContact(party.Contact, violations);
                    break;
                case "buyer_reference":
                    ProtoValues.Text(party.BuyerReference, "party.buyer_reference", 100, required: true, violations);
                    break;
            }
        }
    }

    private static void CheckAddress(PostalAddress? address, FieldViolations violations)
    {
        if (address is null)
        {
            violations.Add("party.postal_address", "is required");
            return;
        }

        ProtoValues.Text(address.Street, "party.postal_address.street", 200, required: true, violations);
        violations.Require(PostalCode().IsMatch(address.PostalCode), "party.postal_address.postal_code", "must be 4 digits");
        ProtoValues.Text(address.City, "party.postal_address.city", 100, required: true, violations);
        violations.Require(address.CountryCode.Length == 0 || CountryCode().IsMatch(address.CountryCode),
            "party.postal_address.country_code", "must be an ISO 3166-1 alpha-2 code such as NO");
    }

    private static void CheckContact(Contact? contact, FieldViolations violations)
    {
        if (contact is null)
        {
            return;
        }

        ProtoValues.Text(contact.DisplayName, "party.contact.display_name", 200, required: false, violations);
        ProtoValues.Text(contact.Email, "party.contact.email", 200, required: false, violations);
        violations.Require(contact.Email.Length == 0 || Email().IsMatch(contact.Email), "party.contact.email", "must be an e-mail address");
        violations.Require(contact.Phone.Length == 0 || Phone().IsMatch(contact.Phone), "party.contact.phone", "must be a telephone number (digits, spaces, a leading +)");
    }

    private static string Truncated(string path) => path.Length <= 40 ? path : path[..40] + "…";

    [GeneratedRegex(@"^[0-9]{4}\z")]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"^[A-Z]{2}\z")]
    private static partial Regex CountryCode();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+\z")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9 ]{3,29}\z")]
    private static partial Regex Phone();
}
