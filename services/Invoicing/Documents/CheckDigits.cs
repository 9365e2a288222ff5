namespace Intermunicipal.Invoicing.Documents;

/// <summary>
/// The check digits of Norwegian identifiers on an invoice. A document is checked before it is
/// written because a wrong organisation number makes the EHF fatal (PEPPOL-COMMON-R041) and a wrong
/// account or KID sends money nowhere.
/// </summary>
public static class CheckDigits
{
    private static readonly int[] OrganisationNumberWeights = [3, 2, 7, 6, 5, 4, 3, 2];
    private static readonly int[] AccountNumberWeights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

    /// <summary>Nine digits, the last a modulus-11 check digit (Enhetsregisteret).</summary>
    public static bool IsOrganisationNumber(string value) => IsMod11(value, OrganisationNumberWeights);

    /// <summary>Eleven digits, the last a modulus-11 check digit (a Norwegian bank account, BBAN).</summary>
    public static bool IsAccountNumber(string value) => IsMod11(value, AccountNumberWeights);

    /// <summary>Digits whose last is a modulus-10 (Luhn) check digit, as most KID agreements use.</summary>
    public static bool IsMod10(string value)
    {
        if (value.Length < 2 || !value.All(char.IsAsciiDigit))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var digit = value[value.Length - 1 - i] - '0';
            var weighted = i % 2 == 1 ? digit * 2 : digit;
            sum += weighted > 9 ? weighted - 9 : weighted;
        }

        return sum % 10 == 0;
    }

    private static bool IsMod11(string value, int[] weights)
    {
        if (value.Length != weights.Length + 1 || !value.All(char.IsAsciiDigit) || value.All(c => c == '0'))
        {
            return false;
        }

        var sum = weights.Select((weight, i) => weight * (value[i] - '0')).Sum();
        var check = (11 - (sum % 11)) % 11;
        return check != 10 && check == value[^1] - '0';
    }
}
