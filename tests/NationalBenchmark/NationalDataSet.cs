using System.Globalization;

namespace Intermunicipal.NationalBenchmark;

/// <summary>A cooperation: its host (the first member) and partners, with an on-call unit and a treatment team.</summary>
public sealed record Cooperation(int Index, IReadOnlyList<Municipality> Members)
{
    public Municipality Host => Members[0];
    public IEnumerable<Municipality> Partners => Members.Skip(1);
    public string UnitId => string.Create(CultureInfo.InvariantCulture, $"vakt-{Index:00}");
    public string TeamId => string.Create(CultureInfo.InvariantCulture, $"team-{Index:00}");
}

/// <summary>A made-up municipality with valid organisation and account numbers.</summary>
public sealed record Municipality(string Number, string OrganisationNumber, string BankAccount);

/// <summary>
/// The national data set, generated from a fixed seed: 357 municipalities, 60 cooperations of 2–6
/// members, and how many calls and treatments there are.
/// </summary>
public sealed class NationalDataSet
{
    public const int MunicipalityCount = 357;
    public const int CooperationCount = 60;

    private NationalDataSet(IReadOnlyList<Municipality> municipalities, IReadOnlyList<Cooperation> cooperations, int calls, int treatments) =>
        (Municipalities, Cooperations, Calls, Treatments) = (municipalities, cooperations, calls, treatments);

    public IReadOnlyList<Municipality> Municipalities { get; }
    public IReadOnlyList<Cooperation> Cooperations { get; }
    public int Calls { get; }
    public int Treatments { get; }

    public static NationalDataSet Generate(int seed, int calls, int treatments)
    {
        var random = new Random(seed);
        var municipalities = Enumerable.Range(0, MunicipalityCount).Select(i => new Municipality(
            (1000 + i * 7).ToString(CultureInfo.InvariantCulture),
            WithMod11(810_000_000 / 10 + i * 13, [3, 2, 7, 6, 5, 4, 3, 2], 8),
            WithMod11(1_500_000_000 + i * 17, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2], 10))).ToList();
        var shuffled = municipalities.OrderBy(_ => random.Next()).ToList();
        var cooperations = new List<Cooperation>();
        var next = 0;
        for (var c = 0; c < CooperationCount; c++)
        {
            var size = random.Next(2, 7);
            cooperations.Add(new Cooperation(c, shuffled.Skip(next).Take(size).ToList()));
            next += size;
        }

        return new NationalDataSet(municipalities, cooperations, calls, treatments);
    }

    /// <summary>The first number from <paramref name="stem"/> on whose mod-11 check digit exists, with the digit appended.</summary>
    private static string WithMod11(long stem, int[] weights, int length)
    {
        for (var s = stem; ; s++)
        {
            var digits = s.ToString(new string('0', length), CultureInfo.InvariantCulture).Select(ch => ch - '0').ToArray();
            var check = 11 - weights.Select((w, i) => w * digits[i]).Sum() % 11;
            if (check != 10)
            {
                return string.Concat(digits) + (check == 11 ? 0 : check).ToString(CultureInfo.InvariantCulture);
            }
        }
    }
}
