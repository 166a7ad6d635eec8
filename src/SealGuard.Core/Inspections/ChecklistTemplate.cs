using SealGuard.Core.Codes;
using SealGuard.Core.Exchange;

namespace SealGuard.Core.Inspections;

/// <summary>
/// 监督检查表: one version of a check-list. A version that an inspection used is never changed: editing it writes the
/// next version of the same lineage (<see cref="Revise"/>), so every inspection keeps the items it was judged against.
/// </summary>
public sealed class ChecklistTemplate : IFerried
{
    private readonly List<ChecklistItem> _items = [];

    public long Id { get; private set; }
    public Guid Key { get; private set; }
    public long Version { get; private set; }

    /// <summary>The versions of one template share it; (lineage, number) is unique, so two editors cannot both write version n+1.</summary>
    public Guid Lineage { get; private set; }

    /// <summary>The template's own version number, 1, 2, … (the row's <see cref="Version"/> counts row changes for the ferry).</summary>
    public int Number { get; private set; }

    public string Name { get; private set; } = null!;
    public DateTime CreatedAt { get; private set; }
    public string CreatedBy { get; private set; } = null!;

    /// <summary>When a later version replaced this one; new inspections use only current versions.</summary>
    public DateTime? SupersededAt { get; private set; }

    public IReadOnlyList<ChecklistItem> Items => _items;

    public bool IsCurrent => SupersededAt is null;

    private ChecklistTemplate()
    {
    }

    private ChecklistTemplate(Guid lineage, int number, string name, IEnumerable<ChecklistItemText> items, string createdBy, DateTime createdAt)
    {
        Key = StableKey.New(createdAt);
        Version = 1;
        Lineage = lineage;
        Number = number;
        Name = name;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        _items.AddRange(items.Select((item, i) => new ChecklistItem(i + 1, item.Text, item.LegalBasis)));
    }

    public static ChecklistTemplate Create(string name, IReadOnlyList<ChecklistItemText> items, string createdBy, DateTime createdAt, Guid? lineage = null) =>
        new(lineage ?? StableKey.New(createdAt), 1, name, items, createdBy, createdAt);

    /// <summary>
    /// The template with new name and items: this row changed in place while no inspection used it
    /// (<paramref name="used"/> false, returns this), otherwise a new version and this one superseded.
    /// </summary>
    public ChecklistTemplate Revise(string name, IReadOnlyList<ChecklistItemText> items, bool used, string editedBy, DateTime editedAt)
    {
        if (!IsCurrent)
        {
            throw new InvalidOperationException("Only the current version of a template is revised.");
        }

        if (!used)
        {
            Name = name;
            _items.Clear();
            _items.AddRange(items.Select((item, i) => new ChecklistItem(i + 1, item.Text, item.LegalBasis)));
            return this;
        }

        SupersededAt = editedAt;
        return new ChecklistTemplate(Lineage, Number + 1, name, items, editedBy, editedAt);
    }

    /// <summary>The checks of a template as typed: a name and 1–<see cref="MaxItems"/> items, each with its text and legal basis.</summary>
    public static IReadOnlyDictionary<string, CodeError> Check(string? name, IReadOnlyList<ChecklistItemText>? items)
    {
        var errors = new Dictionary<string, CodeError>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(name))
        {
            errors["name"] = CodeError.Of("Field.Required");
        }
        else if (name.Trim().Length > NameLength)
        {
            errors["name"] = CodeError.Of("Field.TooLong", NameLength);
        }

        if (items is null || items.Count == 0)
        {
            errors["items"] = CodeError.Of("Checklist.NoItems");
            return errors;
        }

        if (items.Count > MaxItems)
        {
            errors["items"] = CodeError.Of("Checklist.TooManyItems");
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(items[i].Text))
            {
                errors[$"items[{i}].text"] = CodeError.Of("Field.Required");
            }
            else if (items[i].Text.Trim().Length > TextLength)
            {
                errors[$"items[{i}].text"] = CodeError.Of("Field.TooLong", TextLength);
            }

            if (string.IsNullOrWhiteSpace(items[i].LegalBasis))
            {
                errors[$"items[{i}].legalBasis"] = CodeError.Of("Field.Required");
            }
            else if (items[i].LegalBasis.Trim().Length > TextLength)
            {
                errors[$"items[{i}].legalBasis"] = CodeError.Of("Field.TooLong", TextLength);
            }
        }

        return errors;
    }

    public const int NameLength = 100;
    public const int TextLength = 300;
    public const int MaxItems = 50;
}

/// <summary>One check of a template version, in its position; its text and legal basis never change once used.</summary>
public sealed class ChecklistItem
{
    public long Id { get; private set; }
    public long TemplateId { get; private set; }
    public int Position { get; private set; }
    public string Text { get; private set; } = null!;
    public string LegalBasis { get; private set; } = null!;

    private ChecklistItem()
    {
    }

    internal ChecklistItem(int position, string text, string legalBasis)
    {
        Position = position;
        Text = text.Trim();
        LegalBasis = legalBasis.Trim();
    }
}

/// <summary>An item as typed by the administrator.</summary>
public sealed record ChecklistItemText(string Text, string LegalBasis);
