using System.Text.RegularExpressions;
using Intermunicipal.Hosting.Errors;

namespace Intermunicipal.Invoicing.Grpc;

/// <summary>Parsing and formatting of this service's resource names (AIP-122).</summary>
public static partial class ResourceNames
{
    public static string Party(string organisationNumber) => $"parties/{organisationNumber}";

    public static string Agreement(string id) => $"agreements/{id}";

    public static string CostPool(string id) => $"costPools/{id}";

    public static string Invoice(Guid id) => $"invoices/{id}";

    public static string InvoiceRun(Guid id) => $"invoiceRuns/{id}";

    public static string Dispute(Guid invoiceId, Guid id) => $"invoices/{invoiceId}/disputes/{id}";

    public static string Settlement(Guid id) => $"settlements/{id}";

    public static string AuditEvent(long id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"auditEvents/{id}");

    /// <summary>The invoice and dispute ids of "invoices/{invoice}/disputes/{dispute}".</summary>
    public static (Guid Invoice, Guid Dispute) ParseDispute(string name, string field) =>
        DisputePattern().Match(name) is { Success: true } m
            ? (Guid.Parse(m.Groups["invoice"].Value), Guid.Parse(m.Groups["id"].Value))
            : throw Problems.InvalidArgument(field, "must have the form invoices/{invoice}/disputes/{dispute} (UUIDs)");

    public static Guid ParseSettlement(string name, string field) =>
        Guid.Parse(Parse(SettlementPattern(), name, field, "settlements/{settlement} (a UUID)"));

    public static Guid ParseInvoice(string name, string field) =>
        Guid.Parse(Parse(InvoicePattern(), name, field, "invoices/{invoice} (a UUID)"));

    /// <summary>The id in "invoices/{invoice}", for a caller that gathers several violations before it answers.</summary>
    public static bool TryParseInvoice(string name, out Guid id)
    {
        id = Guid.Empty;
        return InvoicePattern().IsMatch(name) && Guid.TryParse(name["invoices/".Length..], out id);
    }

    public static Guid ParseInvoiceRun(string name, string field) =>
        Guid.Parse(Parse(InvoiceRunPattern(), name, field, "invoiceRuns/{invoice_run} (a UUID)"));

    /// <summary>True for an id a client may choose: lower-case letters, digits and hyphens, 1-63, starting with a letter.</summary>
    public static bool IsResourceId(string id) => ResourceId().IsMatch(id);

    public static string ParseAgreement(string name, string field) => Parse(AgreementPattern(), name, field, "agreements/{agreement}");

    public static string ParseCostPool(string name, string field) => Parse(CostPoolPattern(), name, field, "costPools/{cost_pool}");

    public static bool IsParty(string name) => PartyPattern().IsMatch(name);

    public static bool IsCostPool(string name) => CostPoolPattern().IsMatch(name);

    /// <summary>True for a service of OnCall's: "onCallUnits/{unit}".</summary>
    public static bool IsOnCallUnit(string name) => OnCallUnitPattern().IsMatch(name);

    /// <summary>True for a service of Capacity's: "teams/{team}".</summary>
    public static bool IsTeam(string name) => TeamPattern().IsMatch(name);

    /// <summary>The organisation number in "parties/{organisation_number}", or INVALID_ARGUMENT naming <paramref name="field"/>.</summary>
    public static string ParseParty(string name, string field) =>
        PartyPattern().Match(name) is { Success: true } m
            ? m.Groups["id"].Value
            : throw Problems.InvalidArgument(field, "must have the form parties/{organisation_number} (9 digits)");

    private static string Parse(Regex pattern, string name, string field, string shape) =>
        pattern.Match(name) is { Success: true } m ? m.Groups["id"].Value : throw Problems.InvalidArgument(field, $"must have the form {shape}");

    // \z, not $: $ would also accept a name with a trailing newline.
    [GeneratedRegex(@"^[a-z][a-z0-9-]{0,62}\z")]
    private static partial Regex ResourceId();

    [GeneratedRegex(@"^agreements/(?<id>[a-z][a-z0-9-]{0,62})\z")]
    private static partial Regex AgreementPattern();

    [GeneratedRegex(@"^costPools/(?<id>[a-z][a-z0-9-]{0,62})\z")]
    private static partial Regex CostPoolPattern();

    [GeneratedRegex(@"^invoices/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex InvoicePattern();

    [GeneratedRegex(@"^invoiceRuns/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex InvoiceRunPattern();

    [GeneratedRegex(@"^invoices/(?<invoice>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/disputes/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex DisputePattern();

    [GeneratedRegex(@"^settlements/(?<id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\z")]
    private static partial Regex SettlementPattern();

    [GeneratedRegex(@"^onCallUnits/[a-z][a-z0-9-]{0,62}\z")]
    private static partial Regex OnCallUnitPattern();

    [GeneratedRegex(@"^teams/[a-z][a-z0-9-]{0,62}\z")]
    private static partial Regex TeamPattern();

    [GeneratedRegex(@"^parties/(?<id>[0-9]{9})\z")]
    private static partial Regex PartyPattern();
}
