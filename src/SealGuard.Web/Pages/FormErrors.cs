using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Pages;

/// <summary>
/// Handler failures as the pages of every area show them: field errors keyed by the handler's JSON path (<c>organization.creditCode</c>)
/// go under that field; a rule or permission failure becomes the form-level message.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string[]> _fields = new(StringComparer.Ordinal);

    public string? Summary { get; private set; }

    /// <summary>The failure's stable code (<c>Organization.ChangeFilingRequired</c>…), so a form can offer the next step.</summary>
    public string? Code { get; private set; }

    public bool Any => Summary is not null || _fields.Count > 0;

    /// <summary>The form-level message when no field carries the refusal; with field errors the fields say it.</summary>
    public string? Alert => _fields.Count == 0 ? Summary : null;

    public void Add(Failure failure, string prefix = "")
    {
        Code ??= failure.Code;
        if (failure.Errors is { Count: > 0 } errors)
        {
            foreach (var (field, messages) in errors)
            {
                _fields[prefix + field] = messages;
            }

            Summary ??= failure.Message;
        }
        else
        {
            Summary = failure.Message;
        }
    }

    /// <summary>A failure shown only above the form, its field messages joined: a row action has no input to put them under.</summary>
    public void AddSummary(Failure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        Code ??= failure.Code;
        Summary = failure.Errors is { } errors ? string.Join(" ", errors.Values.SelectMany(v => v)) : failure.Message;
    }

    public void AddField(string field, string message) => _fields[field] = [message];

    public void AddField(string field, string[] messages) => _fields[field] = messages;

    public bool Has(string field) => _fields.ContainsKey(field);

    public string? For(string field) => _fields.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Bootstrap's invalid class for an input bound to <paramref name="field"/>.</summary>
    public string Css(string field) => Has(field) ? "is-invalid" : string.Empty;

    public IEnumerable<KeyValuePair<string, string[]>> Fields => _fields;
}
