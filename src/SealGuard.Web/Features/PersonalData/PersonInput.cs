using SealGuard.Core.Codes;
using SealGuard.Core.People;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.PersonalData;

/// <summary>A person as typed in a request (legal representative, agent, recipient, staff).</summary>
public sealed record PersonInput(string? Name, string? IdNumber, string? Phone);

/// <summary>A person whose name, ID number (check character) and phone were checked.</summary>
public sealed record ValidPerson(string Name, IdNumber IdNumber, PhoneNumber? Phone)
{
    public PersonRecord Protect(PersonalDataProtector protector) => protector.Protect(Name, IdNumber, Phone?.Value);
}

public static class PersonInputValidation
{
    /// <summary>Checks every field of a person and records errors under <c>{field}.name</c>, <c>{field}.idNumber</c>, <c>{field}.phone</c>.</summary>
    public static ValidPerson? Person(this ValidationErrors errors, string field, PersonInput? input, bool phoneRequired)
    {
        if (input is null)
        {
            errors.Add(field, Messages.Get("Field.Required"));
            return null;
        }

        string? name = null;
        if (!PersonNames.TryNormalize(input.Name, out var normalized, out var nameError))
        {
            errors.Add(field + ".name", nameError!);
        }
        else
        {
            name = normalized;
        }

        var id = errors.Parse<IdNumber>(field + ".idNumber", input.IdNumber, IdNumber.TryParse);
        PhoneNumber? phone = null;
        if (phoneRequired || !string.IsNullOrWhiteSpace(input.Phone))
        {
            phone = errors.Parse<PhoneNumber>(field + ".phone", input.Phone, PhoneNumber.TryParse);
        }

        return name is null || id is null || (phoneRequired && phone is null) ? null : new ValidPerson(name, id.Value, phone);
    }
}
