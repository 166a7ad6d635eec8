using System.Globalization;
using System.Text;

namespace SealGuard.Core.Divisions;

/// <summary>
/// The GB/T 2260 administrative divisions known to the system. <see cref="Default"/> is loaded from the embedded
/// <c>divisions.csv</c> (header <c>code,name,parentCode,level</c>); <see cref="Parse"/> builds a catalog from any such CSV.
/// Instances are immutable and thread-safe.
/// </summary>
public sealed class DivisionCatalog
{
    private const string ResourceName = "SealGuard.Core.Divisions.divisions.csv";

    /// <summary>Placeholder names of GB/T 2260 grouping levels that are left out of <see cref="FullName"/>.</summary>
    private static readonly HashSet<string> GroupingNames = new(StringComparer.Ordinal)
    {
        "市辖区",
        "县",
        "省直辖县级行政区划",
        "自治区直辖县级行政区划",
    };

    private static readonly Lazy<DivisionCatalog> DefaultCatalog = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Division> _byCode;
    private readonly Dictionary<string, IReadOnlyList<Division>> _children;
    private readonly IReadOnlyList<Division> _provinces;

    private DivisionCatalog(List<Division> divisions)
    {
        divisions.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        All = divisions.AsReadOnly();
        _byCode = divisions.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _children = divisions
            .Where(d => d.ParentCode is not null)
            .GroupBy(d => d.ParentCode!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Division>)g.ToList().AsReadOnly(), StringComparer.Ordinal);
        _provinces = divisions.Where(d => d.ParentCode is null).ToList().AsReadOnly();
    }

    /// <summary>The catalog loaded (once, lazily) from the embedded <c>divisions.csv</c>.</summary>
    public static DivisionCatalog Default => DefaultCatalog.Value;

    /// <summary>The number of divisions.</summary>
    public int Count => All.Count;

    /// <summary>All divisions, ordered by code.</summary>
    public IReadOnlyList<Division> All { get; }

    /// <summary>
    /// Reads a catalog from CSV text with the header <c>code,name,parentCode,level</c> (columns in any order,
    /// header names case-insensitive). An empty <c>parentCode</c> marks a province; <c>level</c> is
    /// <c>Province</c>, <c>Prefecture</c> or <c>County</c>. Fields may be double-quoted.
    /// </summary>
    /// <exception cref="FormatException">The header, a code, a level or the field count is invalid, or a code repeats.</exception>
    public static DivisionCatalog Parse(TextReader csv)
    {
        ArgumentNullException.ThrowIfNull(csv);

        var header = csv.ReadLine() ?? throw new FormatException("The division CSV is empty.");
        var columns = SplitLine(header.TrimStart('\uFEFF'), 1);
        var codeIndex = ColumnIndex(columns, "code");
        var nameIndex = ColumnIndex(columns, "name");
        var parentIndex = ColumnIndex(columns, "parentCode");
        var levelIndex = ColumnIndex(columns, "level");

        var divisions = new List<Division>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 1;
        while (csv.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = SplitLine(line, lineNumber);
            if (fields.Count != columns.Count)
            {
                throw Error(lineNumber, $"expected {columns.Count} fields but found {fields.Count}");
            }

            var code = fields[codeIndex].Trim();
            var name = fields[nameIndex].Trim();
            var parent = fields[parentIndex].Trim();
            if (!IsSixDigits(code))
            {
                throw Error(lineNumber, $"code '{code}' is not six digits");
            }

            if (parent.Length > 0 && !IsSixDigits(parent))
            {
                throw Error(lineNumber, $"parent code '{parent}' is not six digits");
            }

            if (name.Length == 0)
            {
                throw Error(lineNumber, "the name is empty");
            }

            if (!Enum.TryParse<DivisionLevel>(fields[levelIndex].Trim(), ignoreCase: true, out var level)
                || !Enum.IsDefined(level))
            {
                throw Error(lineNumber, $"level '{fields[levelIndex]}' is not Province, Prefecture or County");
            }

            if (!seen.Add(code))
            {
                throw Error(lineNumber, $"code {code} appears twice");
            }

            divisions.Add(new Division(code, name, parent.Length == 0 ? null : parent, level));
        }

        return new DivisionCatalog(divisions);
    }

    /// <summary>The division with <paramref name="code"/>, or <see langword="null"/>.</summary>
    public Division? Find(string code) =>
        code is not null && _byCode.TryGetValue(code, out var division) ? division : null;

    /// <summary>Whether <paramref name="code"/> is a known division.</summary>
    public bool Contains(string code) => code is not null && _byCode.ContainsKey(code);

    /// <summary>The direct children of <paramref name="parentCode"/> ordered by code; <see langword="null"/> gives the provinces.</summary>
    public IReadOnlyList<Division> ChildrenOf(string? parentCode)
    {
        if (parentCode is null)
        {
            return _provinces;
        }

        return _children.TryGetValue(parentCode, out var children) ? children : [];
    }

    /// <summary>
    /// The name with all enclosing divisions, e.g. <c>河南省新乡市红旗区</c>; grouping levels such as
    /// <c>市辖区</c> or <c>省直辖县级行政区划</c> are left out.
    /// </summary>
    /// <exception cref="KeyNotFoundException"><paramref name="code"/> is not in the catalog.</exception>
    public string FullName(string code)
    {
        var division = Find(code)
            ?? throw new KeyNotFoundException($"The division code '{code}' is not in the catalog.");

        var names = new List<string>(3) { division.Name };
        var parentCode = division.ParentCode;
        for (var depth = 0; parentCode is not null && depth < 8; depth++)
        {
            var parent = Find(parentCode);
            if (parent is null)
            {
                break;
            }

            if (!GroupingNames.Contains(parent.Name))
            {
                names.Add(parent.Name);
            }

            parentCode = parent.ParentCode;
        }

        names.Reverse();
        return string.Concat(names);
    }

    /// <summary>
    /// The name a page, report or listing shows for a division code: its <see cref="FullName"/>, or the code itself when
    /// the catalog does not know it (a record filed under a code since retired must still show something).
    /// </summary>
    public string DisplayName(string code) => Contains(code) ? FullName(code) : code;

    /// <summary>
    /// The name shown for police jurisdiction prefixes (2, 4 or 6 digits: a province, a prefecture, a county), each as the
    /// <see cref="FullName"/> of the division it stands for (or the prefix when unknown), joined with 、.
    /// </summary>
    public string JurisdictionName(IEnumerable<string> prefixes) =>
        string.Join("、", prefixes.Select(p => Find(p.PadRight(6, '0')) is { } d ? FullName(d.Code) : p));

    private static DivisionCatalog LoadDefault()
    {
        using var stream = typeof(DivisionCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader);
    }

    private static int ColumnIndex(List<string> columns, string name)
    {
        var index = columns.FindIndex(c => string.Equals(c.Trim(), name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new FormatException($"The division CSV header has no '{name}' column.");
    }

    private static bool IsSixDigits(string value) => value.Length == 6 && value.All(char.IsAsciiDigit);

    private static FormatException Error(int lineNumber, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Division CSV line {lineNumber}: {problem}."));

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    private static List<string> SplitLine(string line, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inQuotes)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    inQuotes = false;
                }
            }
            else if (c == '"')
            {
                inQuotes = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (inQuotes)
        {
            throw Error(lineNumber, "a quoted field is not closed");
        }

        fields.Add(field.ToString());
        return fields;
    }
}
