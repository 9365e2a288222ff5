using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Intermunicipal.LoadTool;

/// <summary>Which RPCs each worker drives.</summary>
public enum Operation
{
    Log,
    Get,
    Mixed,
    Board,
    Treatment,
}

/// <summary>The command line: simple <c>--name value</c> pairs, validated.</summary>
public sealed partial record LoadOptions
{
    public Uri Target { get; init; } = new("http://127.0.0.1:5100");
    public int Concurrency { get; init; } = 16;
    public TimeSpan? Duration { get; init; }
    public long? Requests { get; init; }
    public Operation Operation { get; init; } = Operation.Mixed;
    public string Unit { get; init; } = "onCallUnits/asker-og-baerum";
    public string Municipality { get; init; } = "3203";
    public string Team { get; init; } = "teams/mst-can-baerum";
    public string? Token { get; init; }
    public string? SigningKey { get; init; }

    /// <summary>
    /// Parses <paramref name="args"/>. False with a null <paramref name="error"/> means --help was asked for.
    /// </summary>
    public static bool TryParse(string[] args, [NotNullWhen(true)] out LoadOptions? options, out string? error)
    {
        options = null;
        error = null;
        var parsed = new LoadOptions();
        try
        {
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i];
                if (name is "--help" or "-h" or "-?")
                {
                    return false;
                }

                if (i + 1 >= args.Length)
                {
                    throw new FormatException($"{name} needs a value");
                }

                parsed = parsed.With(name, args[++i]);
            }

            options = parsed.Validated();
            return true;
        }
        catch (FormatException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>The one line printed before the run.</summary>
    public string Describe()
    {
        var operation = Operation switch
        {
            Operation.Log => "log (LogCall)",
            Operation.Get => "get (GetCall of one seed call per worker)",
            Operation.Mixed => "mixed (LogCall, then GetCall of that call)",
            Operation.Board => $"board (GetCapacityBoard of {Team})",
            _ => "treatment (CreateReferral, StartTreatment, CompleteTreatment in a team of its own)",
        };
        var budget = Requests is { } n ? $"{n} requests" : $"{Duration?.TotalSeconds} s";
        var auth = Token is null
            ? $"tokens minted for a {Credentials.StaffMunicipality} user with roles {string.Join(", ", Credentials.Roles)}"
            : "the given token";
        var calls = Operation is Operation.Log or Operation.Get or Operation.Mixed ? $"unit {Unit}, municipality {Municipality}, " : "";
        return $"Load: {operation} against {Target.OriginalString} for {budget} at concurrency {Concurrency}; {calls}{auth}.";
    }

    private LoadOptions With(string name, string value) => name switch
    {
        "--target" => this with { Target = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : throw new FormatException($"--target must be an http:// or https:// address, not '{value}'") },
        "--concurrency" => this with { Concurrency = (int)Number(name, value, 1, 10_000) },
        "--duration" => this with { Duration = TimeSpan.FromSeconds(Number(name, value, 1, 86_400)) },
        "--requests" => this with { Requests = Number(name, value, 1, long.MaxValue) },
        "--operation" => this with { Operation = Enum.TryParse<Operation>(value, ignoreCase: true, out var op) && Enum.IsDefined(op) ? op : throw new FormatException("--operation must be log, get, mixed, board or treatment") },
        "--unit" => this with { Unit = UnitPattern().IsMatch(value) ? value : throw new FormatException("--unit must look like onCallUnits/{unit}") },
        "--municipality" => this with { Municipality = MunicipalityPattern().IsMatch(value) ? value : throw new FormatException("--municipality must be four digits") },
        "--team" => this with { Team = TeamPattern().IsMatch(value) ? value : throw new FormatException("--team must look like teams/{team}") },
        "--token" => this with { Token = value.Trim() is { Length: > 0 } t ? t : throw new FormatException("--token is empty") },
        "--signing-key" => this with { SigningKey = value.Trim() },
        _ => throw new FormatException($"unknown option '{name}' (see --help)"),
    };

    private LoadOptions Validated()
    {
        if (Duration is not null && Requests is not null)
        {
            throw new FormatException("give --duration or --requests, not both");
        }

        if ((Token is null) == (SigningKey is null))
        {
            throw new FormatException("give exactly one of --token or --signing-key");
        }

        if (SigningKey is { } key && !IsKey(key))
        {
            throw new FormatException("--signing-key must be base64 of at least 32 bytes");
        }

        return Requests is null && Duration is null ? this with { Duration = TimeSpan.FromSeconds(10) } : this;
    }

    private static long Number(string name, string value, long min, long max) =>
        long.TryParse(value, out var n) && n >= min && n <= max
            ? n
            : throw new FormatException($"{name} must be a whole number from {min} to {max}");

    private static bool IsKey(string key)
    {
        var bytes = new byte[key.Length];
        return Convert.TryFromBase64String(key, bytes, out var length) && length >= 32;
    }

    [GeneratedRegex("^onCallUnits/[a-z0-9-]{1,63}$")]
    private static partial Regex UnitPattern();

    [GeneratedRegex("^teams/[a-z0-9-]{1,63}$")]
    private static partial Regex TeamPattern();

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex MunicipalityPattern();
}
