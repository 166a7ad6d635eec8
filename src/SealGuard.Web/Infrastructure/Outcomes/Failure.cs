using SealGuard.Core.Codes;

namespace SealGuard.Web.Infrastructure.Outcomes;

public enum FailureKind
{
    /// <summary>The input is malformed; <see cref="Failure.Errors"/> names each field.</summary>
    Validation = 1,
    NotFound = 2,

    /// <summary>The input is well formed but a business rule refuses it in the current state.</summary>
    Rule = 3,
    Forbidden = 4,
    Unauthorized = 5,

    /// <summary>The server is too busy to do the work now; the client may retry later (503).</summary>
    Unavailable = 6,
}

/// <summary>Why a handler refused a request; the API turns it into RFC 9457 problem details, pages into form errors.</summary>
public sealed record Failure(FailureKind Kind, string Code, string Message, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static Failure Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(FailureKind.Validation, "Validation", Messages.Get("Validation.Failed"), errors);

    public static Failure Validation(string field, CodeError error) =>
        Validation(new Dictionary<string, string[]> { [field] = [error.Message] });

    public static Failure NotFound(string code = "NotFound") => new(FailureKind.NotFound, code, Messages.Get(code));

    public static Failure Rule(CodeError error) => new(FailureKind.Rule, error.Code, error.Message);

    public static Failure Rule(string code) => new(FailureKind.Rule, code, Messages.Get(code));

    /// <summary>A rule refusal about particular fields: the form shows each message under its field.</summary>
    public static Failure Rule(CodeError error, IReadOnlyDictionary<string, string[]> errors) => new(FailureKind.Rule, error.Code, error.Message, errors);

    public static Failure Rule(CodeError error, string field) => Rule(error, new Dictionary<string, string[]> { [field] = [error.Message] });

    public static Failure Forbidden(string code = "Forbidden") => new(FailureKind.Forbidden, code, Messages.Get(code));

    public static Failure Unavailable(string code) => new(FailureKind.Unavailable, code, Messages.Get(code));
}
