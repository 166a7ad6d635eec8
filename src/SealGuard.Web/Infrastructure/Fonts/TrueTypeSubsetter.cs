using System.Buffers.Binary;
using System.Text;

namespace SealGuard.Web.Infrastructure.Fonts;

/// <summary>
/// Cuts a TrueType (glyf) font down to the glyphs of a set of characters, so a PDF embeds a few kilobytes instead of the
/// whole CJK face: this SkiaSharp build embeds fonts whole although pdffonts calls them "subset".
/// </summary>
/// <remarks>
/// Keeps .notdef, the characters' glyphs and their composite components, renumbered in their original order; rebuilds
/// cmap (format 12), loca (long), glyf, hmtx, maxp, hhea, head and post (version 3, no names), copies name, OS/2 and the
/// hinting tables, and drops the layout and vertical tables (they index glyphs; the PDF draws unshaped horizontal text).
/// </remarks>
public static class TrueTypeSubsetter
{
    private static readonly string[] CopiedTables = ["OS/2", "name", "cvt ", "fpgm", "prep", "gasp"];

    /// <summary>The subset font's bytes; characters the font lacks are left out (they would draw .notdef anyway).</summary>
    public static byte[] Subset(ReadOnlySpan<byte> font, IEnumerable<int> codePoints)
    {
        ArgumentNullException.ThrowIfNull(codePoints);
        var tables = ReadDirectory(font);
        if (!tables.ContainsKey("glyf"))
        {
            throw new NotSupportedException("Only TrueType (glyf) outlines can be subset; this font has none.");
        }

        var head = Table(font, tables, "head");
        var maxp = Table(font, tables, "maxp");
        var hhea = Table(font, tables, "hhea");
        var hmtx = Table(font, tables, "hmtx");
        var glyf = Table(font, tables, "glyf");
        var glyphCount = U16(maxp, 4);
        var loca = ReadLoca(Table(font, tables, "loca"), glyphCount, longOffsets: BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1);

        var characters = new SortedDictionary<int, int>();
        var cmap = Table(font, tables, "cmap");
        foreach (var codePoint in codePoints.Distinct())
        {
            var glyph = Lookup(cmap, codePoint);
            if (glyph != 0)
            {
                characters[codePoint] = glyph;
            }
        }

        var kept = new SortedSet<int> { 0 };
        foreach (var glyph in characters.Values)
        {
            AddWithComponents(glyf, loca, glyph, kept);
        }

        var newIds = new Dictionary<int, int>();
        foreach (var glyph in kept)
        {
            newIds[glyph] = newIds.Count;
        }

        var output = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var (newGlyf, newLoca) = BuildGlyf(glyf, loca, kept, newIds);
        output["glyf"] = newGlyf;
        output["loca"] = newLoca;
        output["hmtx"] = BuildHmtx(hmtx, U16(hhea, 34), kept);
        output["cmap"] = BuildCmap(characters, newIds);

        var newHead = head.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checkSumAdjustment, set once the file is laid out
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1); // long loca offsets
        output["head"] = newHead;
        var newMaxp = maxp.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newMaxp.AsSpan(4), (ushort)kept.Count);
        output["maxp"] = newMaxp;
        var newHhea = hhea.ToArray();
        BinaryPrimitives.WriteUInt16BigEndian(newHhea.AsSpan(34), (ushort)kept.Count);
        output["hhea"] = newHhea;
        var post = Table(font, tables, "post")[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);
        output["post"] = post;
        foreach (var tag in CopiedTables.Where(tables.ContainsKey))
        {
            output[tag] = Table(font, tables, tag).ToArray();
        }

        return Write(output);
    }

    private static Dictionary<string, (int Offset, int Length)> ReadDirectory(ReadOnlySpan<byte> font)
    {
        var version = BinaryPrimitives.ReadUInt32BigEndian(font);
        if (version != 0x00010000 && version != 0x74727565) // 'true'
        {
            throw new NotSupportedException("Not a single TrueType font (a collection or CFF outlines).");
        }

        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < U16(font, 4); i++)
        {
            var record = font.Slice(12 + (16 * i), 16);
            tables[Encoding.ASCII.GetString(record[..4])] = ((int)U32(record, 8), (int)U32(record, 12));
        }

        return tables;
    }

    private static ReadOnlySpan<byte> Table(ReadOnlySpan<byte> font, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var table) ? font.Slice(table.Offset, table.Length) : throw new InvalidDataException($"The font has no '{tag}' table.");

    private static int[] ReadLoca(ReadOnlySpan<byte> loca, int glyphCount, bool longOffsets)
    {
        var offsets = new int[glyphCount + 1];
        for (var i = 0; i <= glyphCount; i++)
        {
            offsets[i] = longOffsets ? (int)U32(loca, 4 * i) : 2 * U16(loca, 2 * i);
        }

        return offsets;
    }

    /// <summary>The glyph of a character from the Unicode cmap subtable: format 12 (full range) if present, else format 4 (BMP).</summary>
    private static int Lookup(ReadOnlySpan<byte> cmap, int codePoint)
    {
        int? format4 = null;
        for (var i = 0; i < U16(cmap, 2); i++)
        {
            var (platform, encoding, offset) = (U16(cmap, 4 + (8 * i)), U16(cmap, 6 + (8 * i)), (int)U32(cmap, 8 + (8 * i)));
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && U16(cmap, offset) == 12)
            {
                return LookupFormat12(cmap[offset..], codePoint);
            }

            if (unicode && U16(cmap, offset) == 4)
            {
                format4 ??= offset;
            }
        }

        return format4 is { } table && codePoint <= 0xFFFF ? LookupFormat4(cmap[table..], codePoint) : 0;
    }

    private static int LookupFormat12(ReadOnlySpan<byte> table, int codePoint)
    {
        var groups = (int)U32(table, 12);
        var (low, high) = (0, groups - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var group = table.Slice(16 + (12 * middle), 12);
            if (codePoint < U32(group, 0))
            {
                high = middle - 1;
            }
            else if (codePoint > U32(group, 4))
            {
                low = middle + 1;
            }
            else
            {
                return (int)(U32(group, 8) + (uint)codePoint - U32(group, 0));
            }
        }

        return 0;
    }

    private static int LookupFormat4(ReadOnlySpan<byte> table, int codePoint)
    {
        var segments = U16(table, 6) / 2;
        for (var i = 0; i < segments; i++)
        {
            var end = U16(table, 14 + (2 * i));
            if (codePoint > end)
            {
                continue;
            }

            var start = U16(table, 16 + (2 * segments) + (2 * i));
            if (codePoint < start)
            {
                return 0;
            }

            var delta = U16(table, 16 + (4 * segments) + (2 * i));
            var rangeOffsetPosition = 16 + (6 * segments) + (2 * i);
            var rangeOffset = U16(table, rangeOffsetPosition);
            if (rangeOffset == 0)
            {
                return (codePoint + delta) & 0xFFFF;
            }

            var glyph = U16(table, rangeOffsetPosition + rangeOffset + (2 * (codePoint - start)));
            return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
        }

        return 0;
    }

    private static void AddWithComponents(ReadOnlySpan<byte> glyf, int[] loca, int glyph, SortedSet<int> kept)
    {
        if (!kept.Add(glyph))
        {
            return;
        }

        foreach (var (_, component) in Components(glyf.Slice(loca[glyph], loca[glyph + 1] - loca[glyph])))
        {
            AddWithComponents(glyf, loca, component, kept);
        }
    }

    /// <summary>The components of a composite glyph: where each one's glyph index sits in the glyph data, and the index.</summary>
    private static List<(int Position, int Glyph)> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<(int, int)>();
        if (glyph.Length == 0 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        const int ArgsAreWords = 0x0001, HasScale = 0x0008, MoreComponents = 0x0020, HasXYScale = 0x0040, HasTwoByTwo = 0x0080;
        var position = 10;
        int flags;
        do
        {
            flags = U16(glyph, position);
            components.Add((position + 2, U16(glyph, position + 2)));
            position += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            position += (flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);

        return components;
    }

    private static (byte[] Glyf, byte[] Loca) BuildGlyf(ReadOnlySpan<byte> glyf, int[] loca, SortedSet<int> kept, Dictionary<int, int> newIds)
    {
        using var glyphs = new MemoryStream();
        var offsets = new byte[4 * (kept.Count + 1)];
        var index = 0;
        foreach (var glyph in kept)
        {
            BinaryPrimitives.WriteUInt32BigEndian(offsets.AsSpan(4 * index++), (uint)glyphs.Length);
            var data = glyf.Slice(loca[glyph], loca[glyph + 1] - loca[glyph]).ToArray();
            foreach (var (position, component) in Components(data))
            {
                BinaryPrimitives.WriteUInt16BigEndian(data.AsSpan(position), (ushort)newIds[component]);
            }

            glyphs.Write(data);
            glyphs.Write(new byte[(4 - (data.Length % 4)) % 4]);
        }

        BinaryPrimitives.WriteUInt32BigEndian(offsets.AsSpan(4 * index), (uint)glyphs.Length);
        return (glyphs.ToArray(), offsets);
    }

    /// <summary>Full metrics for every kept glyph (glyphs past the old numberOfHMetrics repeat its last advance).</summary>
    private static byte[] BuildHmtx(ReadOnlySpan<byte> hmtx, int metricCount, SortedSet<int> kept)
    {
        var output = new byte[4 * kept.Count];
        var index = 0;
        foreach (var glyph in kept)
        {
            var advance = U16(hmtx, 4 * (Math.Min(glyph, metricCount - 1)));
            var sideBearing = glyph < metricCount ? U16(hmtx, (4 * glyph) + 2) : U16(hmtx, (4 * metricCount) + (2 * (glyph - metricCount)));
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(4 * index), (ushort)advance);
            BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan((4 * index++) + 2), (ushort)sideBearing);
        }

        return output;
    }

    /// <summary>One format 12 subtable (one group per character), listed for Unicode and for Windows full-range Unicode.</summary>
    private static byte[] BuildCmap(SortedDictionary<int, int> characters, Dictionary<int, int> newIds)
    {
        var subtableLength = 16 + (12 * characters.Count);
        var cmap = new byte[4 + (2 * 8) + subtableLength];
        var span = cmap.AsSpan();
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], 2);
        foreach (var (record, platform, encoding) in new[] { (0, 0, 4), (1, 3, 10) })
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[(4 + (8 * record))..], (ushort)platform);
            BinaryPrimitives.WriteUInt16BigEndian(span[(6 + (8 * record))..], (ushort)encoding);
            BinaryPrimitives.WriteUInt32BigEndian(span[(8 + (8 * record))..], 20);
        }

        var table = span[20..];
        BinaryPrimitives.WriteUInt16BigEndian(table, 12);
        BinaryPrimitives.WriteUInt32BigEndian(table[4..], (uint)subtableLength);
        BinaryPrimitives.WriteUInt32BigEndian(table[12..], (uint)characters.Count);
        var index = 0;
        foreach (var (codePoint, glyph) in characters)
        {
            var group = table[(16 + (12 * index++))..];
            BinaryPrimitives.WriteUInt32BigEndian(group, (uint)codePoint);
            BinaryPrimitives.WriteUInt32BigEndian(group[4..], (uint)codePoint);
            BinaryPrimitives.WriteUInt32BigEndian(group[8..], (uint)newIds[glyph]);
        }

        return cmap;
    }

    /// <summary>The sfnt file: directory sorted by tag, tables 4-byte aligned, checksums, and head's checkSumAdjustment.</summary>
    private static byte[] Write(Dictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList();
        var headerLength = 12 + (16 * tags.Count);
        var length = headerLength + tags.Sum(t => Padded(tables[t].Length));
        var file = new byte[length];
        var span = file.AsSpan();
        var power = 1;
        var log = 0;
        while (power * 2 <= tags.Count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)tags.Count);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)((tags.Count * 16) - (power * 16)));
        var offset = headerLength;
        var headOffset = 0;
        for (var i = 0; i < tags.Count; i++)
        {
            var data = tables[tags[i]];
            var record = span.Slice(12 + (16 * i), 16);
            Encoding.ASCII.GetBytes(tags[i], record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            data.CopyTo(span[offset..]);
            headOffset = tags[i] == "head" ? offset : headOffset;
            offset += Padded(data.Length);
        }

        BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + 8)..], unchecked(0xB1B0AFBA - Checksum(file)));
        return file;
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < data.Length; i += 4)
        {
            word.Clear();
            data.Slice(i, Math.Min(4, data.Length - i)).CopyTo(word);
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(word));
        }

        return sum;
    }

    private static int U16(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt16BigEndian(data[offset..]);

    private static uint U32(ReadOnlySpan<byte> data, int offset) => BinaryPrimitives.ReadUInt32BigEndian(data[offset..]);
}
