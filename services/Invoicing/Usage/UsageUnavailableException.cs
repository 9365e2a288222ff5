namespace Intermunicipal.Invoicing.Usage;

/// <summary>A usage source could not answer; the agreement's run stops with <see cref="Exception.Message"/> as its reason and can be re-run.</summary>
public sealed class UsageUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
