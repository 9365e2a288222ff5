namespace Intermunicipal.Hosting.Security;

/// <summary>A service could not get a token of its own; the message says why, and never holds a secret.</summary>
public sealed class ServiceTokenException(string message, Exception? inner = null) : Exception(message, inner);
