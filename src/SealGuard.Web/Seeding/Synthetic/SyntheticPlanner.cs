using System.Diagnostics.CodeAnalysis;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Core.Filings;
using SealGuard.Core.Synthetic;

namespace SealGuard.Web.Seeding.Synthetic;

/// <summary>
/// Draws organization plans from the seed alone. Every organization has its own generator seeded from (seed, index),
/// so what it looks like depends neither on the batch size, nor on the database, nor on the organizations before it.
/// Times are whole seconds (both providers store them alike) in the history before <see cref="End"/> (ten years by default), with the
/// number of new organizations growing over the years.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Reproducible synthetic data, not security.")]
internal sealed class SyntheticPlanner
{
    public const int ImprintVariants = 4;

    /// <summary>What an organization's further seals are, by organization type (weights; 01 and 05 beyond the first are replacements).</summary>
    private static readonly Dictionary<string, (string Type, int Weight)[]> ExtraSeals = new(StringComparer.Ordinal)
    {
        ["02"] = [("01", 10), ("05", 30), ("02", 25), ("04", 20), ("03", 10), ("06", 5)],
        ["06"] = [("01", 15), ("05", 35), ("02", 20), ("04", 10), ("03", 20)],
        ["03"] = [("01", 15), ("05", 25), ("02", 40), ("04", 10), ("06", 10)],
        ["04"] = [("01", 15), ("05", 25), ("02", 45), ("04", 15)],
    };

    private static readonly TimeSpan ReplacementGap = TimeSpan.FromDays(60);
    private static readonly TimeSpan ReplacementDeadline = TimeSpan.FromDays(30);
    private static readonly TimeSpan LaterFilingGap = TimeSpan.FromDays(7);
    private static readonly TimeSpan FateGap = TimeSpan.FromDays(30);

    private readonly int _seed;
    private readonly int _organizations;
    private readonly double _extraSeals;
    private readonly DivisionCatalog _catalog;
    private readonly IReadOnlyList<Division> _counties;
    private readonly double[] _cumulativeWeights;
    private readonly DateOnly _asOf;

    public SyntheticPlanner(SyntheticLoadOptions options, DivisionCatalog catalog, DateOnly asOf)
    {
        _seed = options.Seed;
        _organizations = options.Organizations;
        _extraSeals = options.SealsPerOrganization - 1;
        _catalog = catalog;
        _counties = options.Counties(catalog);
        _asOf = asOf;
        End = asOf.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Start = End.AddMonths(-options.HistoryMonths);

        // Divisions differ in size; the weights come from the seed, not from any organization, so they are stable.
        var random = new Random(Mix(_seed, -1, 0));
        _cumulativeWeights = new double[_counties.Count];
        var total = 0.0;
        for (var i = 0; i < _counties.Count; i++)
        {
            total += 0.4 + random.NextDouble();
            _cumulativeWeights[i] = total;
        }
    }

    /// <summary>The start of the history: <see cref="SyntheticLoadOptions.HistoryMonths"/> before <see cref="End"/>.</summary>
    public DateTime Start { get; }

    /// <summary>The end of the history (UTC midnight of the as-of day); no step happens at or after it.</summary>
    public DateTime End { get; }

    public IReadOnlyList<Division> Counties => _counties;

    /// <summary>A well-spread generator seed for (seed, index, salt); <see cref="HashCode"/> is randomised per process.</summary>
    public static int Mix(int seed, int index, int salt)
    {
        var z = (((ulong)(uint)seed << 32) | (uint)index) ^ ((ulong)(uint)salt * 0xD1B54A32D192ED03UL);
        z += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (int)(z & int.MaxValue);
    }

    /// <summary>How many seals organization <paramref name="index"/> gets: the first draw of its generator, so the total is known up front.</summary>
    public int SealCount(int index) => SealCount(new Random(Mix(_seed, index, 0)));

    /// <summary>A fresh credit code for an organization whose code is taken already (attempt 1, 2, …).</summary>
    public CreditCode RedrawCreditCode(OrganizationPlan plan, int attempt) =>
        new SyntheticData(Mix(_seed, plan.Index, attempt)).CreditCode(plan.DivisionCode, plan.Department, plan.Category);

    public OrganizationPlan Plan(int index)
    {
        var data = new SyntheticData(Mix(_seed, index, 0));
        var random = data.Random;
        var sealCount = SealCount(random);
        var county = PickCounty(random);
        var cityName = CityName(county);
        var legalRepresentative = Person(data, county.Code, 25, 65);
        var (type, name, department, category) = random.Next(100) switch
        {
            < 68 => ("02", data.CompanyName(cityName), '9', '1'),
            < 84 => ("06", data.IndividualBusinessName(county.Name, legalRepresentative.Name), '9', '2'),
            < 95 => ("03", data.PublicInstitutionName(cityName), '1', '2'),
            _ => ("04", data.SocialOrganizationName(cityName), '5', '1'),
        };
        var organization = new OrganizationPlan(index, county.Code, type, name, data.Address(_catalog.FullName(county.Code)), legalRepresentative, department, category)
        {
            CreditCode = data.CreditCode(county.Code, department, category),
        };

        var first = AddFiling(data, organization, FirstFilingTime(index, random), EngravingReason.New);
        var latestOfType = new Dictionary<string, SealPlan>(StringComparer.Ordinal) { ["01"] = AddSeal(first, organization, "01", random) };
        for (var i = 1; i < sealCount; i++)
        {
            var sealType = PickWeighted(ExtraSeals[type], random);
            var unique = SingleInUseSealRule.UniqueTypes.Contains(sealType);
            if (unique && latestOfType.TryGetValue(sealType, out var previous))
            {
                if (PlanReplacement(data, organization, previous) is { } replacement)
                {
                    latestOfType[sealType] = replacement;
                    continue;
                }

                // No room left in the history for a replacement: a further contract seal instead.
                sealType = "04";
                unique = false;
            }

            var filing = random.Next(100) < 25 && first.AcceptedAt + LaterFilingGap < End
                ? AddFiling(data, organization, Between(random, first.AcceptedAt + LaterFilingGap, End), EngravingReason.New)
                : first;
            var seal = AddSeal(filing, organization, sealType, random);
            if (unique)
            {
                latestOfType[sealType] = seal;
            }
        }

        var chronological = organization.Filings.OrderBy(f => f.AcceptedAt).ToList();
        organization.Filings.Clear();
        organization.Filings.AddRange(chronological);
        foreach (var seal in organization.Seals)
        {
            PlanSteps(seal, random);
        }

        return organization;
    }

    /// <summary>1 + Poisson(K − 1) by Knuth's method: every organization has its 01; the mean is at most 49, far from underflow.</summary>
    private int SealCount(Random random)
    {
        var limit = Math.Exp(-_extraSeals);
        var extra = 0;
        for (var product = random.NextDouble(); product > limit; product *= random.NextDouble())
        {
            extra++;
        }

        return 1 + extra;
    }

    private static string PickWeighted((string Type, int Weight)[] choices, Random random)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (choice, weight) in choices)
        {
            if (roll < weight)
            {
                return choice;
            }

            roll -= weight;
        }

        throw new InvalidOperationException("Unreachable: the roll is below the total weight.");
    }

    private static TimeSpan Minutes(Random random, int min, int max) => TimeSpan.FromMinutes(random.Next(min, max));

    private static DateTime Between(Random random, DateTime from, DateTime to) =>
        from.AddSeconds(Math.Floor(random.NextDouble() * (to - from).TotalSeconds));

    private string CityName(Division county)
    {
        var parent = county.ParentCode is null ? null : _catalog.Find(county.ParentCode);
        if (parent is null || parent.Name.Contains("直辖", StringComparison.Ordinal))
        {
            // A county-level city directly under the province (济源市) names itself.
            return county.Name;
        }

        // Municipalities group their districts under 市辖区 or 县; the city is the province-level division above.
        return parent.Name is "市辖区" or "县" && parent.ParentCode is not null ? _catalog.Find(parent.ParentCode)?.Name ?? county.Name : parent.Name;
    }

    private Division PickCounty(Random random)
    {
        var roll = random.NextDouble() * _cumulativeWeights[^1];
        var index = Array.BinarySearch(_cumulativeWeights, roll);
        return _counties[Math.Min(index < 0 ? ~index : index, _counties.Count - 1)];
    }

    /// <summary>
    /// Organization <paramref name="index"/> of N first files at quantile (index + u) / N of a density that grows
    /// linearly to three times its start over the history, so the organizations come in time order.
    /// </summary>
    private DateTime FirstFilingTime(int index, Random random)
    {
        var quantile = (index + random.NextDouble()) / _organizations;
        var position = (Math.Sqrt(1 + (8 * quantile)) - 1) / 2;
        var seconds = Math.Floor(position * (End - Start).TotalSeconds);
        return Start.AddSeconds(Math.Min(seconds, (End - Start).TotalSeconds - 1));
    }

    private PersonPlan Person(SyntheticData data, string divisionCode, int minAge, int maxAge) =>
        new(data.PersonName(), data.IdNumber(divisionCode, minAge, maxAge, _asOf), data.MobilePhone().Value);

    private FilingPlan AddFiling(SyntheticData data, OrganizationPlan organization, DateTime acceptedAt, EngravingReason reason)
    {
        var random = data.Random;
        var agent = random.Next(100) < 55 ? organization.LegalRepresentative : Person(data, organization.DivisionCode, 20, 60);
        var recipient = random.Next(100) < 85 ? agent : Person(data, organization.DivisionCode, 20, 60);
        var filing = new FilingPlan(acceptedAt, reason, agent, recipient, random.Next());
        organization.Filings.Add(filing);
        return filing;
    }

    private static SealPlan AddSeal(FilingPlan filing, OrganizationPlan organization, string type, Random random)
    {
        var name = organization.Name;
        var specification = type switch
        {
            "01" => new SealSpecification("01", random.Next(100) switch { < 75 => "01", < 95 => "02", _ => "07" }, "01", organization.Type == "03" ? "R42" : "R40", name),
            "02" => new SealSpecification("02", "01", "01", "R38", name + "财务专用章"),
            "03" => new SealSpecification("03", "01", "02", "E4030", name + "发票专用章"),
            "04" => new SealSpecification("04", "01", "01", "R38", name + "合同专用章"),
            "05" => new SealSpecification("05", random.Next(100) < 70 ? "04" : "05", "04", random.Next(100) < 60 ? "S20" : "S18", NameSealText(organization.LegalRepresentative.Name)),
            "06" => new SealSpecification("06", "01", "03", "L5020", name + "业务专用章"),
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
        var seal = new SealPlan(filing, specification);
        filing.Seals.Add(seal);
        return seal;
    }

    /// <summary>What a 名章 reads: a three-character name takes 印 (王建国印), a two-character one 之印, so the face fills its 2 × 2 cells.</summary>
    private static string NameSealText(string name) => name.Length switch
    {
        2 => name + "之印",
        3 => name + "印",
        _ => name,
    };

    /// <summary>
    /// 换刻 or 遗失补刻 of a single-in-use seal, at least two months after the previous one was filed and a month before
    /// the end (so the replacement is delivered and the old seal's state is settled): a replacement surrenders the old
    /// seal on delivery; a lost replacement follows the old seal's loss report.
    /// </summary>
    private SealPlan? PlanReplacement(SyntheticData data, OrganizationPlan organization, SealPlan previous)
    {
        var earliest = previous.Filing.AcceptedAt + ReplacementGap;
        var latest = End - ReplacementDeadline;
        if (earliest >= latest)
        {
            return null;
        }

        var random = data.Random;
        var acceptedAt = Between(random, earliest, latest);
        var lost = random.Next(100) < 40;
        var filing = AddFiling(data, organization, acceptedAt, lost ? EngravingReason.LostReplacement : EngravingReason.Replacement);
        var seal = AddSeal(filing, organization, previous.Specification.Type, random);
        previous.ReplacedBy = seal;
        seal.Replaces = previous;
        if (lost)
        {
            previous.Fate = new SealFate(LifeState.ReportedLost, acceptedAt - Minutes(random, 24 * 60, 20 * 24 * 60), "单位报称遗失，已登报声明作废");
        }

        return seal;
    }

    /// <summary>
    /// Engraving hours to days after intake, the imprint within hours, delivery within days; whatever would fall
    /// after the end has not happened yet (recent seals are still accepted or engraved). A few seals are lost,
    /// surrendered or scrapped later on; a few non-unique ones fail in engraving.
    /// </summary>
    private void PlanSteps(SealPlan seal, Random random)
    {
        var engravedAt = seal.Filing.AcceptedAt + Minutes(random, 120, 72 * 60);
        var imprintAt = engravedAt + Minutes(random, 10, 180);
        var deliveredAt = imprintAt + Minutes(random, 60, 96 * 60);
        seal.EngraverPick = random.Next();
        seal.ImprintVariant = random.Next(ImprintVariants);
        if (engravedAt >= End)
        {
            return;
        }

        seal.EngravedAt = engravedAt;
        var replaceable = seal.ReplacedBy is null && !SingleInUseSealRule.UniqueTypes.Contains(seal.Specification.Type);
        if (replaceable && random.Next(1000) < 4)
        {
            var scrappedAt = engravedAt + Minutes(random, 30, 24 * 60);
            if (scrappedAt < End)
            {
                seal.Fate = new SealFate(LifeState.Scrapped, scrappedAt, "刻制质量不合格，报废");
            }

            return;
        }

        if (imprintAt >= End)
        {
            return;
        }

        seal.ImprintAt = imprintAt;
        if (deliveredAt >= End)
        {
            return;
        }

        seal.DeliveredAt = deliveredAt;
        if (seal.ReplacedBy is not null)
        {
            return;
        }

        var roll = random.Next(1000);
        var fate = roll switch
        {
            < 15 => (Target: LifeState.ReportedLost, Note: "经办人报称遗失"),
            < 45 => (Target: LifeState.Surrendered, Note: "单位申请缴销"),
            < 55 => (Target: LifeState.Scrapped, Note: "印章磨损，报废"),
            _ => (Target: LifeState.InUse, Note: string.Empty),
        };
        if (fate.Target != LifeState.InUse && deliveredAt + FateGap < End)
        {
            seal.Fate = new SealFate(fate.Target, Between(random, deliveredAt + FateGap, End), fate.Note);
        }
    }
}
