namespace SealGuard.Web.Hosting;

/// <summary>
/// The configuration cannot work (a missing, short or malformed key, an unsupported setting). The web host prints
/// the message alone and exits with code 1: the operator needs the key's name, not a stack trace.
/// </summary>
public sealed class SealGuardConfigurationException(string message) : InvalidOperationException(message);
