using Intermunicipal.Invoicing.Domain;
namespace Intermunicipal.Invoicing.Documents;

/// <summary>
/// The rules a document must keep for every rendering to be true and its EHF to pass Peppol
/// validation. The model is computed elsewhere; checking here turns a computing mistake into a
/// clear refusal instead of an invoice that an access point rejects or a buyer pays wrongly.
/// </summary>
public static class DocumentConsistency
{
    /// <summary>The allowed distance between a line's amount and its exact quantity × price / base, in øre: half an øre is rounding.</summary>
    private const decimal RoundingOre = 0.5m;

    /// <exception cref="ArgumentException">When the document breaks a rule; the message lists every broken rule.</exception>
    public static void Ensure(InvoiceDocument document)
    {
        var problems = Problems(document).ToList();
        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"Invoice document {document.Number} cannot be rendered: {string.Join("; ", problems)}.", nameof(document));
        }
    }

    public static IEnumerable<string> Problems(InvoiceDocument document)
    {
        var header = HeaderProblems(document);
        var parties = PartyProblems("seller", document.Seller).Concat(PartyProblems("buyer", document.Buyer));
        var lines = document.Lines.SelectMany(line => LineProblems(line, document.Period));
        return header.Concat(parties).Concat(PaymentProblems(document.Payment)).Concat(lines);
    }

    private static IEnumerable<string> HeaderProblems(InvoiceDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.Number))
        {
            yield return "the number is empty";
        }
        if (string.IsNullOrWhiteSpace(document.BuyerReference))
        {
            yield return "the buyer reference is empty (PEPPOL-EN16931-R003)";
        }
        if (document.Period.End < document.Period.Start)
        {
            yield return "the period ends before it starts (BR-29)";
        }
        if (document.Lines.Count == 0)
        {
            yield return "there are no lines (BR-16)";
        }
        if (document.TotalOre < 0)
        {
            yield return "the total is negative: a negative invoice is a credit note, and a negative credit note an invoice";
        }
        if (document.Kind == DocumentKind.CreditNote && document.Corrects is null)
        {
            yield return "a credit note must name the invoice it corrects";
        }
        if (document.Kind == DocumentKind.Invoice && document.Corrects is not null)
        {
            yield return "only a credit note corrects an invoice";
        }
        if (document.Lines.Select(l => l.Id).Distinct().Count() != document.Lines.Count)
        {
            yield return "line ids repeat";
        }
    }

    private static IEnumerable<string> PartyProblems(string role, DocumentParty party)
    {
        if (OrganisationNumber.Problem(party.OrganisationNumber) is not null)
        {
            yield return $"the {role}'s organisation number {party.OrganisationNumber} fails the modulus-11 check (PEPPOL-COMMON-R041)";
        }
        if (string.IsNullOrWhiteSpace(party.Name))
        {
            yield return $"the {role} has no name (BR-06/BR-07)";
        }
        if (string.IsNullOrWhiteSpace(party.Address.CountryCode))
        {
            yield return $"the {role}'s address has no country (BR-09/BR-11)";
        }
    }

    private static IEnumerable<string> PaymentProblems(PaymentInstructions payment)
    {
        if (BankAccountNumber.Problem(payment.AccountNumber) is not null)
        {
            yield return $"the account number {payment.AccountNumber} is not 11 digits with a modulus-11 check digit";
        }
        if (payment.Kid.Length is < 2 or > 25 || !payment.Kid.All(char.IsAsciiDigit))
        {
            yield return "the KID is not 2 to 25 digits";
        }
        if (payment.PaymentTermsDays < 0)
        {
            yield return "the payment terms are negative";
        }
    }

    private static IEnumerable<string> LineProblems(DocumentLine line, DocumentPeriod documentPeriod)
    {
        var where = $"line {line.Id}";
        if (string.IsNullOrWhiteSpace(line.Name) || string.IsNullOrWhiteSpace(line.UnitCode) || string.IsNullOrWhiteSpace(line.KostraFunction))
        {
            yield return $"{where} lacks a name, unit code or KOSTRA function";
        }
        if (line.UnitPriceOre < 0)
        {
            yield return $"{where} has a negative price (BR-27): a correction has a negative quantity instead";
        }
        if (line.BaseQuantity <= 0)
        {
            yield return $"{where} has a base quantity of zero or less (PEPPOL-EN16931-R121)";
        }
        else if (Math.Abs((line.Quantity * line.UnitPriceOre / line.BaseQuantity) - line.AmountOre) > RoundingOre)
        {
            yield return $"{where}: {line.AmountOre} øre is not {line.Quantity} × {line.UnitPriceOre} øre / {line.BaseQuantity} rounded (PEPPOL-EN16931-R120)";
        }
        if (line.Period is { } period && (period.End < period.Start || period.Start < documentPeriod.Start || period.End > documentPeriod.End))
        {
            yield return $"{where}'s period is not within the document's period (BR-30, PEPPOL-EN16931-R110/R111)";
        }
    }
}
