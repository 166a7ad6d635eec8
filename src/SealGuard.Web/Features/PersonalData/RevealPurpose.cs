using SealGuard.Core.Codes;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.PersonalData;

/// <summary>
/// The purpose an officer gives to see personal data in full (an ID number, an ID-card copy): free text of
/// <see cref="MinLength"/> to <see cref="MaxLength"/> characters, kept in the audit log. Every handler that reveals and
/// every form that asks for a purpose takes its limits, field name and message from here.
/// </summary>
public static class RevealPurpose
{
    /// <summary>The form and API field that carries the purpose.</summary>
    public const string Field = "purpose";

    public const int MinLength = 2;

    public const int MaxLength = 200;

    /// <summary>The refusal of a missing, too short or too long purpose.</summary>
    public static CodeError Error => new("PersonalData.PurposeRequired", Messages.Get("PersonalData.PurposeRequired"));

    /// <summary>The trimmed purpose, or null when it is missing, shorter than <see cref="MinLength"/> or longer than <see cref="MaxLength"/> characters.</summary>
    public static string? Normalize(string? purpose) =>
        string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length < MinLength || purpose.Length > MaxLength ? null : purpose.Trim();

    /// <summary>The refusal as a validation failure under <see cref="Field"/>.</summary>
    public static Failure Required() => Failure.Validation(Field, Error);
}
