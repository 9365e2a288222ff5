namespace Intermunicipal.Invoicing.Outbox;

/// <summary>Where issued documents are left for the accounting system or access point ("Outbox" in configuration).</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>The outbox folder; each partner gets a folder named by its organisation number, holding "{issuer}-{file name}". Unset: no outbox.</summary>
    public string? Directory { get; set; }
}
