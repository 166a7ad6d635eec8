namespace SealGuard.Core.CodeTables;

/// <summary>One code of a code table. Standard entries (GA 241.2 or ones the domain relies on) cannot be removed or recoded.</summary>
public sealed class CodeTableEntry
{
    public CodeTable Table { get; private set; }
    public string Code { get; private set; } = null!;
    public string Name { get; private set; } = null!;
    public bool IsStandard { get; private set; }
    public bool IsActive { get; private set; }
    public int SortOrder { get; private set; }

    private CodeTableEntry()
    {
    }

    public CodeTableEntry(CodeTable table, string code, string name, bool isStandard, int sortOrder)
    {
        Table = table;
        Code = code;
        Name = name;
        IsStandard = isStandard;
        IsActive = true;
        SortOrder = sortOrder;
    }

    public void Edit(string name, bool isActive, int sortOrder)
    {
        Name = name;
        IsActive = isActive;
        SortOrder = sortOrder;
    }
}
