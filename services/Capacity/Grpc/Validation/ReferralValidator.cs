using System.Text.RegularExpressions;
using Intermunicipal.Capacity.Infrastructure.Entities;
using Intermunicipal.Capacity.V1;
using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.Capacity.Grpc.Validation;

/// <summary>
/// Checks a CreateReferral request and turns it into the record to store. Messages name the
/// field and the rule, never the value: the values are personal data.
/// </summary>
public static partial class ReferralValidator
{
    public const int MostChildren = 15;

    public static ReferralRecord Validate(CreateReferralRequest request, ProgrammeRecord programme, string teamId, string municipalityNumber, DateTime now)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        var referral = request.Referral;
        if (referral is null)
        {
            violations.Add("referral", "is required").ThrowIfAny();
        }

        CheckFamilyReference(referral!.FamilyReference, violations);
        CheckChildren(referral.Children, programme, violations);
        violations.Require(ProtoValues.IsKnown(referral.Priority), "referral.priority", "must be a known priority");
        var wished = referral.WishedStartDate is null ? null
            : ProtoValues.Date(referral.WishedStartDate, "referral.wished_start_date", violations);
        violations.ThrowIfAny();

        return new ReferralRecord
        {
            Id = Guid.CreateVersion7(now).ToString(),
            TeamId = teamId,
            MunicipalityNumber = municipalityNumber,
            FamilyReference = referral.FamilyReference,
            ChildAges = [.. referral.Children.Select(c => c.AgeYears)],
            Priority = referral.Priority,
            WishedStartDate = wished,
            State = ReferralState.Waiting,
            CreateTime = now,
            Creator = "",
        };
    }

    private static void CheckFamilyReference(string reference, FieldViolations violations)
    {
        const string field = "referral.family_reference";
        if (!FamilyReference().IsMatch(reference))
        {
            violations.Add(field, "must be 1-40 letters, digits, '-', '_', '/' or '.', starting with a letter or digit");
        }
        else if (ElevenDigits().IsMatch(reference))
        {
            // A pseudonymous reference, never an identity number: eleven digits in a row may be one.
            violations.Add(field, "must not contain an identity number (eleven digits in a row)");
        }
    }

    private static void CheckChildren(IReadOnlyList<Child> children, ProgrammeRecord programme, FieldViolations violations)
    {
        if (children.Count is 0 or > MostChildren)
        {
            violations.Add("referral.children", "must list 1-15 children");
            return;
        }

        for (var i = 0; i < children.Count; i++)
        {
            violations.Require(children[i].AgeYears is >= 0 and <= ProgrammeValidator.OldestAge,
                $"referral.children[{i}].age_years", "must be 0-25");
        }

        violations.Require(children.Any(c => c.AgeYears >= programme.MinChildAge && c.AgeYears <= programme.MaxChildAge),
            "referral.children", $"must include a child aged {programme.MinChildAge}-{programme.MaxChildAge}, whom the programme treats");
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}\z")]
    private static partial Regex FamilyReference();

    [GeneratedRegex(@"[0-9]{11}")]
    private static partial Regex ElevenDigits();
}
