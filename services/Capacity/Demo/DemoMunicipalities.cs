namespace Intermunicipal.Capacity.Demo;

/// <summary>
/// The municipalities of the demo teams (kommunenummer from 2024) and the prefix each uses for
/// its pseudonymous family references, so a reference such as "ASK-2021-003" says whose it is
/// without naming anybody.
/// </summary>
internal static class DemoMunicipalities
{
    public const string Baerum = "3201";
    public const string Asker = "3203";
    public const string Tonsberg = "3905";
    public const string Sandefjord = "3907";
    public const string Larvik = "3909";
    public const string Faerder = "3911";

    /// <summary>The reference prefix of <paramref name="municipalityNumber"/>; "KOM" for one the demo does not know.</summary>
    public static string ReferencePrefix(string municipalityNumber) => municipalityNumber switch
    {
        Baerum => "BAR",
        Asker => "ASK",
        Tonsberg => "TON",
        Sandefjord => "SAN",
        Larvik => "LAR",
        Faerder => "FAE",
        _ => "KOM",
    };
}
