using System.Globalization;
using System.Text;

namespace Intermunicipal.Invoicing.Documents;

/// <summary>
/// Numbers, dates and identifiers as Norwegians read them on paper: "1 234 567,50", "24.11.2026",
/// "1234.56.78903". Written by hand because the service runs with InvariantGlobalization, where no
/// "nb-NO" culture exists; the digit groups are separated by a no-break space so a number never
/// wraps across lines.
/// </summary>
public static class NorwegianFormat
{
    public const char NoBreakSpace = '\u00A0';

    /// <summary>Kroner with two decimals: 123456750 øre → "1 234 567,50", -495000 → "-4 950,00".</summary>
    public static string Amount(long ore)
    {
        var kroner = Math.Abs(ore / 100);
        var rest = Math.Abs(ore % 100);
        var sign = ore < 0 ? "-" : "";
        return $"{sign}{Grouped(kroner.ToString(CultureInfo.InvariantCulture))},{rest:D2}";
    }

    /// <summary>An amount with the currency before it, kept on one line: "kr 1 234,50".</summary>
    public static string Kroner(long ore) => $"kr{NoBreakSpace}{Amount(ore)}";

    /// <summary>A quantity with a decimal comma and no trailing zeros: 2.50 → "2,5", 1234 → "1 234".</summary>
    public static string Quantity(decimal value)
    {
        var invariant = Math.Abs(value).ToString("0.############################", CultureInfo.InvariantCulture);
        var parts = invariant.Split('.');
        var grouped = Grouped(parts[0]) + (parts.Length > 1 ? "," + parts[1] : "");
        return value < 0 ? "-" + grouped : grouped;
    }

    public static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    /// <summary>Both ends of a period with an en dash between, "01.11.2026–30.11.2026"; one date for a single day.</summary>
    public static string Period(DocumentPeriod period) =>
        period.Start == period.End ? Date(period.Start) : $"{Date(period.Start)}–{Date(period.End)}";

    /// <summary>An 11-digit account number as banks print it: "12345678903" → "1234.56.78903"; anything else unchanged.</summary>
    public static string AccountNumber(string account) =>
        account.Length == 11 ? Domain.BankAccountNumber.Grouped(account) : account;

    /// <summary>A 9-digit organisation number in groups of three: "974 552 825"; anything else unchanged.</summary>
    public static string OrganisationNumber(string number) =>
        number.Length == 9 ? $"{number[..3]} {number[3..6]} {number[6..]}" : number;

    /// <summary>The payment terms as the EHF note (BT-20) and the printed page say them: "Betalingsfrist 30 dager".</summary>
    public static string PaymentTerms(int days) => $"Betalingsfrist {days} dager";

    private static string Grouped(string digits)
    {
        var text = new StringBuilder(digits.Length + (digits.Length / 3));
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0)
            {
                text.Append(NoBreakSpace);
            }
            text.Append(digits[i]);
        }
        return text.ToString();
    }
}
