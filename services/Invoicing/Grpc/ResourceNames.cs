using System.Text.RegularExpressions;
using Intermunicipal.Hosting.Errors;

namespace Intermunicipal.Invoicing.Grpc;

/// <summary>Parsing and formatting of this service's resource names (AIP-122).</summary>
public static partial class ResourceNames
{
    public static string Party(string organisationNumber) => $"parties/{organisationNumber}";

    /// <summary>The organisation number in "parties/{organisation_number}", or INVALID_ARGUMENT naming <paramref name="field"/>.</summary>
    public static string ParseParty(string name, string field) =>
        PartyPattern().Match(name) is { Success: true } m
            ? m.Groups["id"].Value
            : throw Problems.InvalidArgument(field, "must have the form parties/{organisation_number} (9 digits)");

    // \z, not $: $ would also accept a name with a trailing newline.
    [GeneratedRegex(@"^parties/(?<id>[0-9]{9})\z")]
    private static partial Regex PartyPattern();
}
