using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.Invoicing.Domain;

/// <summary>Organisasjonsnummer: 9 digits, the last a mod-11 check digit (weights 3 2 7 6 5 4 3 2).</summary>
public static class OrganisationNumber
{
    private static readonly int[] Weights = [3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>Null when valid, otherwise why not.</summary>
    public static string? Problem(string value) =>
        CheckDigits.Digits(value, 9) is not { } digits ? "must be 9 digits"
        : digits.All(d => d == 0) ? "must not be all zeros"
        : CheckDigits.Mod11(digits, Weights) != digits[8] ? "has an invalid check digit"
        : null;
}
