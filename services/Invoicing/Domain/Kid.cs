using System.Globalization;
using Intermunicipal.Hosting.Validation;

namespace Intermunicipal.Invoicing.Domain;

/// <summary>
/// KID (kundeidentifikasjon), the reference a payer gives with a payment so the payee can match
/// it: 2–25 digits, the last a mod-10 (Luhn) or mod-11 check digit ("-" when mod-11 gives 10).
/// </summary>
public static class Kid
{
    /// <summary>
    /// The KID of an invoice: the issue year and the number in the issuer's sequence for that
    /// year, zero-padded to 4 + 7 digits, and a Luhn check digit. Unique per issuer.
    /// </summary>
    public static string ForInvoice(int year, long sequence)
    {
        var payload = string.Create(CultureInfo.InvariantCulture, $"{year:0000}{sequence:0000000}");
        return payload + CheckDigits.Luhn([.. payload.Select(c => c - '0')]).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>True when <paramref name="value"/> is 2–25 digits ending in a valid mod-10 or mod-11 check digit.</summary>
    public static bool IsValid(string value)
    {
        if (value.Length is < 2 or > 25 || !value[..^1].All(char.IsAsciiDigit))
        {
            return false;
        }

        var payload = value[..^1].Select(c => c - '0').ToArray();
        var mod11 = CheckDigits.Mod11Repeating(payload);
        var last = value[^1];
        return (char.IsAsciiDigit(last) && (CheckDigits.Luhn(payload) == last - '0' || mod11 == last - '0'))
            || (last == '-' && mod11 == -1);
    }
}
