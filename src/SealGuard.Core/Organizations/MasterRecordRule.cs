using SealGuard.Core.Codes;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Organizations;

/// <summary>A field of the master record that only a change filing (or nothing at all) may change.</summary>
public enum MasterRecordField
{
    Name = 1,
    LegalRepresentative = 2,
    Division = 3,
}

/// <summary>
/// An intake never changes the organization's master record. Where it presents another name, legal representative (by
/// ID number) or division, it is refused: a real change needs a 变更备案 first, and a typo must not fork the record.
/// Address and type may differ; the filing keeps what was presented.
/// </summary>
public static class MasterRecordRule
{
    public const string ChangeFilingRequired = "Organization.ChangeFilingRequired";

    /// <returns>The differing fields (empty: the intake may proceed).</returns>
    public static IReadOnlyList<MasterRecordField> Differences(Organization master, OrganizationDetails presented)
    {
        var fields = new List<MasterRecordField>();
        if (!string.Equals(master.Name, presented.Name, StringComparison.Ordinal))
        {
            fields.Add(MasterRecordField.Name);
        }

        if (!master.LegalRepresentative.IsSamePersonAs(presented.LegalRepresentative))
        {
            fields.Add(MasterRecordField.LegalRepresentative);
        }

        if (!string.Equals(master.DivisionCode, presented.DivisionCode, StringComparison.Ordinal))
        {
            fields.Add(MasterRecordField.Division);
        }

        return fields;
    }

    public static CodeError Violation() => RuleViolation.Of(ChangeFilingRequired);

    /// <summary>The message shown under one differing field.</summary>
    public static string FieldMessage(MasterRecordField field) => Messages.Get("Organization.DiffersFromRecord." + field);
}
