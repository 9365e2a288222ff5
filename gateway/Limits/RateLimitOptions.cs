namespace Intermunicipal.Gateway.Limits;

/// <summary>Per-caller limits, from the "RateLimiting" configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Sustained calls per second per caller.</summary>
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>Calls a caller may make at once before the sustained rate applies.</summary>
    public int BurstLimit { get; set; } = 100;
}
