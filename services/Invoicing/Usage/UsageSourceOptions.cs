namespace Intermunicipal.Invoicing.Usage;

/// <summary>Where the services that report usage are, and how patiently to ask them ("UsageSources" section).</summary>
public sealed class UsageSourceOptions
{
    public const string Section = "UsageSources";

    public Uri OnCall { get; set; } = new("http://127.0.0.1:5101");

    public Uri Capacity { get; set; } = new("http://127.0.0.1:5102");

    /// <summary>The deadline of each attempt.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after the first attempt, on transient status codes only.</summary>
    public int Retries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones double, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// The longest a channel waits before reconnecting to a source it lost; a re-run soon after the
    /// source is back should find it. gRPC's default grows to two minutes.
    /// </summary>
    public TimeSpan MaxReconnectBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Calls within 30 s before the circuit may open (and then only if half of them failed).</summary>
    public int BreakerMinimumThroughput { get; set; } = 8;

    /// <summary>How long the circuit stays open once a source has failed often enough.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
