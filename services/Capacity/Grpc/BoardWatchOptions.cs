namespace Intermunicipal.Capacity.Grpc;

/// <summary>How WatchCapacityBoard follows changes, from the "BoardWatch" configuration section.</summary>
public sealed class BoardWatchOptions
{
    public const string Section = "BoardWatch";

    /// <summary>
    /// How often a watch looks for changes other instances made (its own instance wakes it at
    /// once). A cheap query of team versions.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// The board is pushed at least this often even when unchanged, so that proxies (the gateway's
    /// activity timeout) never see an idle stream and clients know the stream is alive.
    /// </summary>
    public TimeSpan KeepAlive { get; set; } = TimeSpan.FromSeconds(15);
}
