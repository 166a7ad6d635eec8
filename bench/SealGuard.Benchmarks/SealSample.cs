using System.Globalization;

namespace SealGuard.Benchmarks;

/// <summary>Seal code and inscription (the name on the seal face) pairs to verify, one <c>code TAB name</c> per line.</summary>
public sealed record SealSample(string SealCode, string OrgName)
{
    public static IReadOnlyList<SealSample> Read(string path)
    {
        var samples = new List<SealSample>();
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                samples.Add(new SealSample(line[..tab], line[(tab + 1)..]));
            }
        }

        return samples.Count > 0 ? samples : throw new InvalidDataException($"No 'code<TAB>name' lines in {path}");
    }

    public static void Write(string path, IEnumerable<SealSample> samples)
    {
        using var writer = new StreamWriter(path);
        foreach (var sample in samples)
        {
            writer.Write(sample.SealCode);
            writer.Write('\t');
            writer.WriteLine(sample.OrgName.Replace('\t', ' ').Replace('\n', ' '));
        }
    }

    public string Query() => string.Create(CultureInfo.InvariantCulture,
        $"/api/v1/public/verification?sealCode={Uri.EscapeDataString(SealCode)}&orgName={Uri.EscapeDataString(OrgName)}");
}
