using SealGuard.Core.Codes;

namespace SealGuard.Core.Divisions;

/// <summary>
/// The area this installation serves (<c>SealGuard:Jurisdiction</c>, a division prefix such as <c>4107</c> for 新乡市).
/// Seals are filed and codes allocated only for county-level divisions inside it: a code outside would be invisible to
/// every officer of the city and collide with the codes the other area's own system hands out.
/// </summary>
public sealed class Jurisdiction
{
    /// <summary>Credit codes registered by a national-level authority (登记管理机关 100000) are valid in every province.</summary>
    public const string NationalRegistrationPrefix = "10";

    private readonly DivisionCatalog _catalog;

    private Jurisdiction(string prefix, Division area, DivisionCatalog catalog)
    {
        Prefix = prefix;
        Area = area;
        _catalog = catalog;
    }

    /// <summary>The prefix: 2 (province), 4 (prefecture) or 6 (county) digits.</summary>
    public string Prefix { get; }

    /// <summary>The division the prefix names, e.g. 410700 新乡市.</summary>
    public Division Area { get; }

    /// <summary>The full name of the area, e.g. 河南省新乡市.</summary>
    public string AreaName => _catalog.FullName(Area.Code);

    /// <summary>The county-level divisions that may be filed for, ordered by code.</summary>
    public IEnumerable<Division> Counties => _catalog.All.Where(d => d.Level == DivisionLevel.County && d.Code.StartsWith(Prefix, StringComparison.Ordinal));

    /// <summary>
    /// Each county of <see cref="Counties"/> with the province and the prefecture above it, the levels a clerk picks a
    /// filing division through (省 → 市 → 区县). A county directly under its province (济源市, a municipality's districts)
    /// has the province itself as its prefecture.
    /// </summary>
    public IEnumerable<DivisionPath> CountyPaths => Counties.Select(county =>
    {
        var parent = county.ParentCode is { } code ? _catalog.Find(code) : null;
        var province = parent?.Level == DivisionLevel.Prefecture && parent.ParentCode is { } up ? _catalog.Find(up) : parent;
        return new DivisionPath(province ?? county, parent ?? county, county);
    });

    /// <summary>Reads a configured prefix (not named TryParse: minimal APIs would bind it from the query); the problem (English, for a start-up error) when it is not 2, 4 or 6 digits of a known division.</summary>
    public static bool TryCreate(string? prefix, DivisionCatalog catalog, out Jurisdiction? jurisdiction, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        jurisdiction = null;
        var text = prefix?.Trim() ?? string.Empty;
        if (text.Length is not (2 or 4 or 6) || !text.All(char.IsAsciiDigit))
        {
            problem = $"'{prefix}' is not a division prefix of 2, 4 or 6 digits (e.g. 4107 for 新乡市)";
            return false;
        }

        // A prefecture prefix names its xxxx00 row; a province prefix its xx0000 row.
        var area = catalog.Find(text.PadRight(6, '0'));
        if (area is null || (text.Length == 4 && area.Level != DivisionLevel.Prefecture) || (text.Length == 2 && area.Level != DivisionLevel.Province))
        {
            problem = $"'{prefix}' names no province, prefecture or county of the division catalog";
            return false;
        }

        jurisdiction = new Jurisdiction(text, area, catalog);
        problem = null;
        return true;
    }

    /// <summary>Whether seal and organization codes may be allocated in <paramref name="divisionCode"/>: a county-level division inside the area.</summary>
    public bool Allows(string divisionCode) =>
        divisionCode is not null && divisionCode.StartsWith(Prefix, StringComparison.Ordinal) && _catalog.Find(divisionCode)?.Level == DivisionLevel.County;

    /// <summary>
    /// Why an organization in <paramref name="division"/> cannot be filed here: <c>Jurisdiction.NotCounty</c> (a province
    /// or prefecture code) or <c>Jurisdiction.Outside</c>; <see langword="null"/> when it can.
    /// </summary>
    public CodeError? CheckFilingDivision(DivisionCode division)
    {
        var found = _catalog.Find(division.Value);
        if (found is null)
        {
            return new CodeError("DivisionCode.NotFound", Messages.Get("DivisionCode.NotFound", division.Value));
        }

        if (!division.Value.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return new CodeError("Jurisdiction.Outside", Messages.Get("Jurisdiction.Outside", division.Value, _catalog.FullName(found.Code), AreaName));
        }

        return found.Level == DivisionLevel.County
            ? null
            : new CodeError("Jurisdiction.NotCounty", Messages.Get("Jurisdiction.NotCounty", division.Value, _catalog.FullName(found.Code)));
    }

    /// <summary>
    /// Parses the division of an organization to file for: a known division code (<see cref="DivisionCode.TryParse"/>
    /// errors) that <see cref="CheckFilingDivision"/> accepts. The intake and the wizard's live check both call this.
    /// </summary>
    public bool TryParseFilingDivision(string? value, out DivisionCode division, out CodeError? error)
    {
        if (DivisionCode.TryParse(value, _catalog, out division, out error) && (error = CheckFilingDivision(division)) is null)
        {
            return true;
        }

        division = default;
        return false;
    }

    /// <summary>
    /// Characters 3–8 of a credit code are the division of the registration authority (GB 32100). An organization
    /// registered in another province is refused (<c>Jurisdiction.RegisteredElsewhere</c>): its seals are filed where it
    /// is registered, and a branch gets its own local credit code. Cross-county filing inside the province is allowed (the
    /// 2018 reform's 省内跨县刻制), and a national-level registration (100000) is valid everywhere.
    /// </summary>
    public static CodeError? CheckRegistration(CreditCode creditCode, DivisionCode division)
    {
        var registration = creditCode.RegistrationDivision;
        if (registration.StartsWith(NationalRegistrationPrefix, StringComparison.Ordinal) || registration[..2] == division.ProvincePrefix)
        {
            return null;
        }

        return new CodeError("Jurisdiction.RegisteredElsewhere", Messages.Get("Jurisdiction.RegisteredElsewhere", registration, division.Value));
    }
}

/// <summary>A county with the province and prefecture above it (<see cref="Jurisdiction.CountyPaths"/>).</summary>
public sealed record DivisionPath(Division Province, Division Prefecture, Division County);
