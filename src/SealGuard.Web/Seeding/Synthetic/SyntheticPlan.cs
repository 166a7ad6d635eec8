using SealGuard.Core.Codes;
using SealGuard.Core.Filings;
using SealGuard.Core.People;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Infrastructure.Imaging;

namespace SealGuard.Web.Seeding.Synthetic;

/// <summary>A made-up person before protection: the ID number is encrypted only when the rows are built.</summary>
internal sealed record PersonPlan(string Name, IdNumber IdNumber, string Phone);

/// <summary>
/// One organization's history: who it is and the filings it made, with every seal's fate and the times of its steps.
/// Plain data drawn from the seed alone; codes and ids are filled in inside the batch transaction.
/// </summary>
internal sealed class OrganizationPlan(int index, string divisionCode, string type, string name, string address, PersonPlan legalRepresentative, char department, char category)
{
    public int Index => index;
    public string DivisionCode => divisionCode;
    public string Type => type;
    public string Name => name;
    public string Address => address;
    public PersonPlan LegalRepresentative => legalRepresentative;

    /// <summary>GB 32100 registration department and category, kept for a redraw of the credit code.</summary>
    public char Department => department;

    public char Category => category;

    public CreditCode CreditCode { get; set; }

    /// <summary>In the order of their acceptance time.</summary>
    public List<FilingPlan> Filings { get; } = [];

    public IEnumerable<SealPlan> Seals => Filings.SelectMany(f => f.Seals);

    public string? OrgCode { get; set; }
    public long Id { get; set; }

    /// <summary>
    /// Encrypts every stored copy of a person with a fresh nonce, as the handlers do for each request: the organization's
    /// legal representative per filing (the first registers it), the filing's snapshots and each delivered seal's recipient.
    /// </summary>
    public void Protect(PersonalDataProtector protector)
    {
        foreach (var filing in Filings)
        {
            filing.People = new FilingPeople(Protect(protector, LegalRepresentative), Protect(protector, LegalRepresentative), Protect(protector, filing.Agent));
            foreach (var seal in filing.Seals.Where(s => s.DeliveredAt is not null))
            {
                seal.Recipient = Protect(protector, filing.Recipient);
            }
        }
    }

    private static PersonRecord Protect(PersonalDataProtector protector, PersonPlan person) => protector.Protect(person.Name, person.IdNumber, person.Phone);
}

/// <summary>The protected people of one filing.</summary>
/// <param name="OrganizationLegalRepresentative">For the organization's row, as intake creates or updates it.</param>
/// <param name="LegalRepresentative">The filing's own snapshot.</param>
/// <param name="Agent">The filing's agent.</param>
internal sealed record FilingPeople(PersonRecord OrganizationLegalRepresentative, PersonRecord LegalRepresentative, PersonRecord Agent);

internal sealed class FilingPlan(DateTime acceptedAt, EngravingReason reason, PersonPlan agent, PersonPlan recipient, int shopPick)
{
    public DateTime AcceptedAt => acceptedAt;
    public EngravingReason Reason => reason;
    public PersonPlan Agent => agent;

    /// <summary>Who collects the filing's seals (usually the agent).</summary>
    public PersonPlan Recipient => recipient;

    /// <summary>A random number that picks one of the shops of the division open at <see cref="AcceptedAt"/>.</summary>
    public int ShopPick => shopPick;

    public List<SealPlan> Seals { get; } = [];

    public FilingPeople? People { get; set; }
}

/// <summary>How a seal's life ends (or <see langword="null"/>: still in use) and when.</summary>
internal sealed record SealFate(LifeState Target, DateTime At, string Note);

internal sealed class SealPlan(FilingPlan filing, SealSpecification specification)
{
    public FilingPlan Filing => filing;
    public SealSpecification Specification => specification;

    /// <summary>Times of the lifecycle steps; <see langword="null"/> when the step lies after the end of the history.</summary>
    public DateTime? EngravedAt { get; set; }

    public DateTime? ImprintAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
    public SealFate? Fate { get; set; }

    /// <summary>The later seal of the same single-in-use type that replaces this one (its fate follows from that filing).</summary>
    public SealPlan? ReplacedBy { get; set; }

    /// <summary>The earlier seal this one replaces (the inverse of <see cref="ReplacedBy"/>).</summary>
    public SealPlan? Replaces { get; set; }

    /// <summary>Who collected the seal, protected; set for delivered seals.</summary>
    public PersonRecord? Recipient { get; set; }

    public int EngraverPick { get; set; }
    public int ImprintVariant { get; set; }

    /// <summary>The seal's own imprint, drawn from its face once its code is known; <see langword="null"/>: a shared variant.</summary>
    public StoredImage? Imprint { get; set; }
    public int Serial { get; set; }
}
