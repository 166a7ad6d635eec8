using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore.Metadata;
using SealGuard.Core.Filings;
using SealGuard.Core.Organizations;
using SealGuard.Web.Data;

namespace SealGuard.Web.Seeding.Synthetic;

/// <summary>
/// Stable keys for a synthetic batch, replacing the clock-and-random ones the constructors drew, so the same seed gives
/// the same data. Each key is a UUID version 7 of the row's own time whose random bits hash the seed and the row's
/// allocated codes (unique in the database, so a second load with the same seed gets other keys).
/// </summary>
internal sealed class SyntheticKeys(int seed, IModel model)
{
    private readonly Action<Organization, Guid> _organization = TableLayout<Organization>.From(model).KeySetter();
    private readonly Action<Filing, Guid> _filing = TableLayout<Filing>.From(model).KeySetter();
    private readonly Action<FilingDocument, Guid> _document = TableLayout<FilingDocument>.From(model).KeySetter();
    private readonly Action<Seal, Guid> _seal = TableLayout<Seal>.From(model).KeySetter();
    private readonly Action<SealEvent, Guid> _event = TableLayout<SealEvent>.From(model).KeySetter();

    public void Assign(BuiltBatch batch)
    {
        foreach (var organization in batch.Organizations)
        {
            _organization(organization, Key(organization.RegisteredAt, $"organization/{organization.OrgCode}"));
        }

        foreach (var filing in batch.Filings)
        {
            // A filing is named by its first seal: every filing has one, and a seal belongs to one filing.
            var name = $"filing/{filing.Seals[0].SealCode}";
            _filing(filing, Key(filing.AcceptedAt, name));
            for (var i = 0; i < filing.Documents.Count; i++)
            {
                _document(filing.Documents[i], Key(filing.Documents[i].UploadedAt, string.Create(CultureInfo.InvariantCulture, $"{name}/document/{i}")));
            }
        }

        foreach (var seal in batch.Seals)
        {
            _seal(seal, Key(seal.AcceptedAt, $"seal/{seal.SealCode}"));
            for (var i = 0; i < seal.History.Count; i++)
            {
                _event(seal.History[i], Key(seal.History[i].OccurredAt, string.Create(CultureInfo.InvariantCulture, $"seal/{seal.SealCode}/event/{i}")));
            }
        }
    }

    /// <summary>The RFC 9562 version 7 layout: 48 bits of Unix milliseconds, then the version and variant bits, the rest hashed.</summary>
    private Guid Key(DateTime at, string name)
    {
        Span<byte> bytes = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{seed}/{name}")), bytes);
        var milliseconds = (at.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, milliseconds);
        time[2..].CopyTo(bytes);
        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes[..16], bigEndian: true);
    }
}
