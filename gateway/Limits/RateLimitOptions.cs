namespace Intermunicipal.Gateway.Limits;

/// <summary>Per-caller limits, from the "RateLimiting" configuration section.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Sustained calls per second per caller.</summary>
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>Calls a caller may make at once before the sustained rate applies.</summary>
    public int BurstLimit { get; set; } = 100;

    /// <summary>Sustained requests per second from one client address, to anything at the gateway.</summary>
    public int PerAddressPermitsPerSecond { get; set; } = 1000;

    /// <summary>Requests one client address may make at once.</summary>
    public int PerAddressBurstLimit { get; set; } = 2000;
}
