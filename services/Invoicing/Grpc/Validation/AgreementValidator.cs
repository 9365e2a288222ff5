using Intermunicipal.Hosting.Errors;
using Intermunicipal.Hosting.Idempotency;
using Intermunicipal.Hosting.Validation;
using Intermunicipal.Invoicing.V1;

namespace Intermunicipal.Invoicing.Grpc.Validation;

/// <summary>Requests that create or revise an agreement; the terms themselves are <see cref="TermsValidator"/>'s.</summary>
public static class AgreementValidator
{
    public static (DateOnly ValidFrom, DateOnly? ValidTo) ValidateCreate(CreateAgreementRequest request)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        violations.Require(ResourceNames.IsResourceId(request.AgreementId), "agreement_id", "must be lower-case letters, digits and hyphens, 1–63, starting with a letter");
        if (request.Agreement is not { } agreement)
        {
            violations.Add("agreement", "is required").ThrowIfAny();
            return default;
        }

        ProtoValues.Text(agreement.DisplayName, "agreement.display_name", 200, required: true, violations);
        violations.Require(ResourceNames.IsParty(agreement.Host), "agreement.host", "must have the form parties/{organisation_number}")
            .Require(ResourceNames.IsParty(agreement.Partner), "agreement.partner", "must have the form parties/{organisation_number}")
            .Require(agreement.Versions.Count == 1, "agreement.versions", "must hold exactly the first version (later ones come by ReviseAgreement)");
        var dates = agreement.Versions.Count == 1 ? TermsValidator.Check(agreement.Versions[0], "agreement.versions[0]", violations) : default;
        violations.ThrowIfAny();
        return dates;
    }

    public static (DateOnly ValidFrom, DateOnly? ValidTo) ValidateRevision(ReviseAgreementRequest request)
    {
        var violations = new FieldViolations();
        RequestIds.Check(request.RequestId, violations);
        _ = ResourceNames.ParseAgreement(request.Agreement, "agreement");
        var dates = TermsValidator.Check(request.Version, "version", violations);
        violations.ThrowIfAny();
        return dates;
    }
}
