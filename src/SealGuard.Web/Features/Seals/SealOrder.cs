using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using SealGuard.Core.Filings;
using SealGuard.Web.Infrastructure.Lists;

namespace SealGuard.Web.Features.Seals;

/// <summary>The columns a seal list sorts by; every order ends with the seal id, so equal keys keep one stable order.</summary>
public enum SealSortKey
{
    AcceptedAt = 1,
    SealCode = 2,
    OrgName = 3,
    Type = 4,
}

/// <summary>
/// A seal list's order (<see cref="ListOrder{TKey}"/>; the default is <c>-acceptedAt</c>: newest accepted first). Paging is
/// keyset on (column, id), so a page costs the same at any depth and never skips or repeats a row when rows with the same
/// key straddle a page break.
/// </summary>
public sealed record SealOrder(SealSortKey Key, bool Descending) : ListOrder<SealSortKey>(Key, Descending)
{
    public static readonly SealOrder Default = new(SealSortKey.AcceptedAt, true);

    protected override bool DescendingFirst(SealSortKey key) => key == SealSortKey.AcceptedAt;

    public static bool TryParse(string? text, out SealOrder order) => TryParse(text, Default, out order);

    /// <summary>The seals in this order, after the row <paramref name="cursor"/> points at (when given).</summary>
    public IQueryable<Seal> Apply(IQueryable<Seal> seals, SealCursor? cursor) => Key switch
    {
        SealSortKey.AcceptedAt => Apply(seals, s => s.AcceptedAt, cursor is null ? null : (new DateTime(long.Parse(cursor.Value, CultureInfo.InvariantCulture), DateTimeKind.Utc), cursor.Id)),
        SealSortKey.SealCode => Apply(seals, s => s.SealCode, cursor is null ? null : (cursor.Value, cursor.Id)),
        SealSortKey.OrgName => Apply(seals, s => s.OrganizationName, cursor is null ? null : (cursor.Value, cursor.Id)),
        SealSortKey.Type => Apply(seals, s => s.Type, cursor is null ? null : (cursor.Value, cursor.Id)),
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The cursor after a listed row.</summary>
    public SealCursor CursorAfter(long id, SealListItem item) => new(Key, Key switch
    {
        SealSortKey.AcceptedAt => item.AcceptedAt.Ticks.ToString(CultureInfo.InvariantCulture),
        SealSortKey.SealCode => item.SealCode,
        SealSortKey.OrgName => item.OrgName,
        SealSortKey.Type => item.Type,
        _ => throw new InvalidOperationException(),
    }, id);

    private IQueryable<Seal> Apply<TKey>(IQueryable<Seal> seals, Expression<Func<Seal, TKey>> key, (TKey Value, long Id)? after)
    {
        if (after is { } cursor)
        {
            seals = seals.Where(Beyond(key, cursor.Value, cursor.Id));
        }

        return Descending ? seals.OrderByDescending(key).ThenByDescending(s => s.Id) : seals.OrderBy(key).ThenBy(s => s.Id);
    }

    private static readonly System.Reflection.MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    /// <summary>
    /// <c>key ≤ v AND (key &lt; v OR id &lt; i)</c> (mirrored for ascending): the first condition alone is an index range, so a
    /// deep page starts at the cursor instead of filtering its way there.
    /// </summary>
    private Expression<Func<Seal, bool>> Beyond<TKey>(Expression<Func<Seal, TKey>> key, TKey value, long id)
    {
        var seal = key.Parameters[0];
        var k = key.Body;

        // Captured values, so the database sees parameters, not literals.
        Expression v = Expression.Property(Expression.Constant(new Box<TKey>(value)), nameof(Box<TKey>.Value));
        Expression i = Expression.Property(Expression.Constant(new Box<long>(id)), nameof(Box<long>.Value));
        Expression Compare(Func<Expression, Expression, BinaryExpression> op, Expression left, Expression right) =>
            typeof(TKey) == typeof(string) ? op(Expression.Call(StringCompare, left, right), Expression.Constant(0)) : op(left, right);

        var within = Compare(Descending ? Expression.LessThanOrEqual : Expression.GreaterThanOrEqual, k, v);
        var past = Compare(Descending ? Expression.LessThan : Expression.GreaterThan, k, v);
        var idPast = Descending ? Expression.LessThan(Expression.Property(seal, nameof(Seal.Id)), i) : Expression.GreaterThan(Expression.Property(seal, nameof(Seal.Id)), i);
        return Expression.Lambda<Func<Seal, bool>>(Expression.AndAlso(within, Expression.OrElse(past, idPast)), seal);
    }

    private sealed class Box<T>(T value)
    {
        public T Value { get; } = value;
    }
}

/// <summary>An opaque page cursor: the sort column, its value in the last row shown and that row's id.</summary>
public sealed record SealCursor(SealSortKey Key, string Value, long Id)
{
    public const int MaxLength = 512;

    private const char Separator = '\u001f';

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Join(Separator, ((int)Key).ToString(CultureInfo.InvariantCulture), Id.ToString(CultureInfo.InvariantCulture), Value)));

    /// <summary>The cursor, or null when it is malformed or belongs to another order than <paramref name="order"/>.</summary>
    public static SealCursor? Decode(string? text, SealOrder order)
    {
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split(Separator, 3);
            if (parts.Length != 3
                || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var key) || key != (int)order.Key
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0
                || (order.Key == SealSortKey.AcceptedAt && !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                return null;
            }

            return new(order.Key, parts[2], id);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
