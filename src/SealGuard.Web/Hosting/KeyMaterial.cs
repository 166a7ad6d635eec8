using System.Security.Cryptography;

namespace SealGuard.Web.Hosting;

/// <summary>
/// Secret keys come from configuration; outside Production a missing key is generated once into
/// <c>{DataDirectory}/keys</c> so a developer's data stays readable across restarts (the folder is git-ignored).
/// </summary>
public static class KeyMaterial
{
    public static byte[] Resolve(string? configured, string name, SealGuardOptions options, bool isProduction)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var key = Convert.FromBase64String(configured);
            return key.Length >= 32 ? key : throw new InvalidOperationException($"SealGuard:Keys:{name} must be at least 32 bytes (base64).");
        }

        if (isProduction)
        {
            throw new InvalidOperationException($"SealGuard:Keys:{name} must be configured in Production.");
        }

        var directory = Path.Combine(options.FullDataDirectory, "keys");
        var path = Path.Combine(directory, name + ".key");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(directory);
        var generated = RandomNumberGenerator.GetBytes(32);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, Convert.ToBase64String(generated));
        try
        {
            // Two processes starting together must end up with the same key: the first move wins.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temp);
        }

        return Convert.FromBase64String(File.ReadAllText(path).Trim());
    }
}
