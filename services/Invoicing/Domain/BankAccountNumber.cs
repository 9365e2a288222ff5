using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.Invoicing.Domain;

/// <summary>Norwegian kontonummer: 11 digits, the last a mod-11 check digit (weights 5 4 3 2 7 6 5 4 3 2).</summary>
public static class BankAccountNumber
{
    private static readonly int[] Weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>Null when valid, otherwise why not.</summary>
    public static string? Problem(string value) =>
        CheckDigits.Digits(value, 11) is not { } digits ? "must be 11 digits"
        : digits.All(d => d == 0) ? "must not be all zeros"
        : CheckDigits.Mod11(digits, Weights) != digits[10] ? "has an invalid check digit"
        : null;

    /// <summary>As printed on Norwegian invoices: "1234.56.78903".</summary>
    public static string Grouped(string value) => $"{value[..4]}.{value[4..6]}.{value[6..]}";
}
