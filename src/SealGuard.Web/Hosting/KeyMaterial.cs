using System.Security.Cryptography;

namespace SealGuard.Web.Hosting;

/// <summary>
/// Secret keys come from configuration; outside Production a missing key is generated once into
/// <c>{DataDirectory}/keys</c> so a developer's data stays readable across restarts (the folder is git-ignored).
/// Generated files are readable by the service account only (folder 0700, files 0600), from the moment they exist.
/// </summary>
public static class KeyMaterial
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <param name="configured">The configured base64 key, if any.</param>
    /// <param name="name">The key's file name, kebab-case (<c>token-signing</c>); its configuration key is <c>SealGuard:Keys:TokenSigning</c>.</param>
    /// <param name="options">Where the data directory is.</param>
    /// <param name="isProduction">Production never generates a key.</param>
    public static byte[] Resolve(string? configured, string name, SealGuardOptions options, bool isProduction)
    {
        var configurationKey = ConfigurationKey(name);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var key = Decode(configured, $"{configurationKey} is not valid base64");
            return key.Length >= 32
                ? key
                : throw new SealGuardConfigurationException($"{configurationKey} is {key.Length} bytes; it must be at least 32 bytes (base64, e.g. `openssl rand -base64 32`).");
        }

        if (isProduction)
        {
            throw new SealGuardConfigurationException(
                $"{configurationKey} must be configured in Production (a base64 key of at least 32 bytes, e.g. environment variable {configurationKey.Replace(":", "__", StringComparison.Ordinal)}=$(openssl rand -base64 32)).");
        }

        var directory = Path.Combine(options.FullDataDirectory, "keys");
        var path = Path.Combine(directory, name + ".key");
        if (File.Exists(path))
        {
            return ReadKeyFile(path, configurationKey);
        }

        CreateOwnerOnlyDirectory(directory);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        WriteOwnerOnlyFile(temp, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        try
        {
            // Two processes starting together must end up with the same key: the first move wins.
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException)
        {
            File.Delete(temp);
        }

        return ReadKeyFile(path, configurationKey);
    }

    /// <summary><c>token-signing</c> → <c>SealGuard:Keys:TokenSigning</c>, the name an operator configures.</summary>
    private static string ConfigurationKey(string name) =>
        "SealGuard:Keys:" + string.Concat(name.Split('-', StringSplitOptions.RemoveEmptyEntries).Select(part => char.ToUpperInvariant(part[0]) + part[1..]));

    private static byte[] ReadKeyFile(string path, string configurationKey) =>
        Decode(File.ReadAllText(path).Trim(), $"The generated key file {path} for {configurationKey} is not valid base64; delete it to generate a new one, or configure {configurationKey}");

    private static byte[] Decode(string base64, string problem)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new SealGuardConfigurationException(problem + ".");
        }
    }

    private static void CreateOwnerOnlyDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        Directory.CreateDirectory(directory, OwnerOnlyFolder);
    }

    private static void WriteOwnerOnlyFile(string path, string content)
    {
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            // The mode is given to open(2): there is no moment at which the file exists with wider permissions.
            file.UnixCreateMode = OwnerOnlyFile;
        }

        using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, file);
        writer.Write(content);
    }
}
