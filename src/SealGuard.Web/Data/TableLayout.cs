using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using SealGuard.Core.Exchange;

namespace SealGuard.Web.Data;

/// <summary>One column of a bulk-written table: its name, the EF type mapping and how its value is read from an entity.</summary>
internal sealed class BulkColumn<T>(string name, RelationalTypeMapping mapping, Func<T, object?> read)
{
    public string Name => name;

    public RelationalTypeMapping Mapping => mapping;

    /// <summary>The value as the database stores it: the model's value converter applied, as EF does for its own parameters.</summary>
    public object? ProviderValue(T entity)
    {
        var value = read(entity);
        return value is null || mapping.Converter is null ? value : mapping.Converter.ConvertToProvider(value);
    }
}

/// <summary>
/// The columns of an entity's table taken from the EF model itself (snake_case names, owned people and imprint,
/// enum-to-string and UTC conversions). The bulk writers read every value through it, so a bulk row has exactly the
/// columns and values SaveChanges would write for the same entity; a column added to the model is picked up here.
/// </summary>
internal sealed class TableLayout<T>
    where T : class
{
    private readonly IEntityType _entityType;

    private TableLayout(IEntityType entityType, string table, IReadOnlyList<BulkColumn<T>> columns)
    {
        _entityType = entityType;
        Table = table;
        Columns = columns;
    }

    public string Table { get; }

    public IReadOnlyList<BulkColumn<T>> Columns { get; }

    /// <param name="model">The model the handlers' SaveChanges uses.</param>
    /// <param name="databaseGeneratesKey">
    /// Leave the key column out so the table's identity assigns it, as it does for SaveChanges; for tables no other row
    /// refers to, which then need no ids reserved.
    /// </param>
    public static TableLayout<T> From(IModel model, bool databaseGeneratesKey = false)
    {
        var entityType = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var tableName = entityType.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} has no table.");
        var table = model.GetRelationalModel().FindTable(tableName, entityType.GetSchema())
            ?? throw new InvalidOperationException($"Table {tableName} is not in the relational model.");
        var columns = new List<BulkColumn<T>>();
        foreach (var column in table.Columns)
        {
            // The key column is shared with the owned types (table splitting); the owner's own property is the one to read.
            var mapping = column.PropertyMappings.FirstOrDefault(m => m.Property.DeclaringType == entityType) ?? column.PropertyMappings[0];
            if (databaseGeneratesKey && mapping.Property.IsPrimaryKey())
            {
                continue;
            }

            columns.Add(new BulkColumn<T>(column.Name, mapping.TypeMapping, Reader(entityType, mapping.Property)));
        }

        return new TableLayout<T>(entityType, tableName, columns);
    }

    /// <summary>
    /// Sets a key or foreign-key property the way EF does when it fixes up a saved graph: the domain keeps these setters
    /// private, so the model's backing field is written directly.
    /// </summary>
    public Action<T, long> Setter(string propertyName) => FieldSetter<long>(propertyName);

    /// <summary>Sets the stable key, which the synthetic load derives from its seed rather than from the clock.</summary>
    public Action<T, Guid> KeySetter() => FieldSetter<Guid>(nameof(IFerried.Key));

    private Action<T, TValue> FieldSetter<TValue>(string propertyName)
    {
        var property = _entityType.FindProperty(propertyName) ?? throw new InvalidOperationException($"{typeof(T).Name}.{propertyName} is not in the model.");
        var field = property.FieldInfo ?? throw new InvalidOperationException($"{typeof(T).Name}.{propertyName} has no backing field.");
        var entity = Expression.Parameter(typeof(T), "entity");
        var value = Expression.Parameter(typeof(TValue), "value");
        var assign = Expression.Assign(Expression.Field(entity, field), Expression.Convert(value, field.FieldType));
        return Expression.Lambda<Action<T, TValue>>(assign, entity, value).Compile();
    }

    private static Func<T, object?> Reader(IEntityType root, IProperty property)
    {
        if (property.IsShadowProperty())
        {
            throw new InvalidOperationException($"Column of {property.DeclaringType.DisplayName()}.{property.Name} is a shadow property; the bulk path cannot read it.");
        }

        var getter = property.GetGetter();
        if (property.DeclaringType == root)
        {
            return entity => getter.GetClrValue(entity);
        }

        var ownership = (property.DeclaringType as IEntityType)?.FindOwnership();
        if (ownership?.PrincipalEntityType != root || ownership.PrincipalToDependent is null)
        {
            throw new InvalidOperationException($"Column of {property.DeclaringType.DisplayName()}.{property.Name} is not owned directly by {root.DisplayName()}.");
        }

        var owned = ownership.PrincipalToDependent.GetGetter();
        return entity => owned.GetClrValue(entity) is { } value ? getter.GetClrValue(value) : null;
    }
}
