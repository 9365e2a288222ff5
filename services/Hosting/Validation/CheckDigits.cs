namespace Intermunicipal.Hosting.Validation;

/// <summary>
/// The two check-digit schemes of Norwegian identifiers: mod-11 with weights (fødselsnummer,
/// organisasjonsnummer, kontonummer, KID) and mod-10 Luhn (KID).
/// </summary>
public static class CheckDigits
{
    /// <summary>The mod-11 check digit of <paramref name="digits"/> under <paramref name="weights"/> (one per digit); -1 when none exists (remainder 1).</summary>
    public static int Mod11(IReadOnlyList<int> digits, IReadOnlyList<int> weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i] * digits[i];
        }

        var check = 11 - sum % 11;
        return check switch
        {
            11 => 0,
            10 => -1,
            _ => check,
        };
    }

    /// <summary>Mod-11 with the repeating weights 2, 3, 4, 5, 6, 7 from the right, as KID uses; -1 when none exists.</summary>
    public static int Mod11Repeating(IReadOnlyList<int> digits) =>
        Mod11(digits, [.. Enumerable.Range(0, digits.Count).Select(i => 2 + (digits.Count - 1 - i) % 6)]);

    /// <summary>The mod-10 (Luhn) check digit of <paramref name="digits"/>: every second digit from the right doubled.</summary>
    public static int Luhn(IReadOnlyList<int> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Count; i++)
        {
            var d = digits[digits.Count - 1 - i] * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }

        return (10 - sum % 10) % 10;
    }

    /// <summary>The digits of <paramref name="text"/>, or null unless it is exactly <paramref name="length"/> ASCII digits.</summary>
    public static int[]? Digits(string text, int length) =>
        text.Length == length && text.All(char.IsAsciiDigit) ? [.. text.Select(c => c - '0')] : null;
}
