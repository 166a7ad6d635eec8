using SealGuard.Core.Codes;

namespace SealGuard.Web.Infrastructure.Outcomes;

/// <summary>Collects field errors (keyed by the camelCase JSON path, e.g. <c>organization.creditCode</c>) while a request is checked.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool HasErrors => _errors.Count > 0;

    /// <summary>Whether <paramref name="field"/> or a field under it (<c>seals[0]</c>: <c>seals[0].type</c>) has an error.</summary>
    public bool HasErrorsFor(string field) =>
        _errors.Keys.Any(k => k == field || (k.StartsWith(field, StringComparison.Ordinal) && k.Length > field.Length && k[field.Length] == '.'));

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
    }

    public void Add(string field, CodeError error) => Add(field, error.Message);

    public void Required(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, Messages.Get("Field.Required"));
        }
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Trim().Length > max)
        {
            Add(field, Messages.Get("Field.TooLong", max));
        }
    }

    /// <summary>Parses with a value type's TryParse and records its error under <paramref name="field"/>.</summary>
    public T? Parse<T>(string field, string? value, TryParser<T> parser)
        where T : struct
    {
        if (parser(value, out var result, out var error))
        {
            return result;
        }

        Add(field, error!);
        return null;
    }

    public Failure ToFailure() => Failure.Validation(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));

    public delegate bool TryParser<T>(string? value, out T result, out CodeError? error);
}
