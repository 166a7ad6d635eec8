using SealGuard.Core.Codes;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Features.PersonalData;

/// <summary>The purpose an officer gives to see personal data in full (an ID number, an ID-card copy): 2 to 200 characters, kept in the audit log.</summary>
public static class RevealPurpose
{
    public const int MaxLength = 200;

    /// <summary>The trimmed purpose, or null when it is missing, shorter than 2 or longer than <see cref="MaxLength"/> characters.</summary>
    public static string? Normalize(string? purpose) =>
        string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length < 2 || purpose.Length > MaxLength ? null : purpose.Trim();

    /// <summary>The refusal of a missing or bad purpose, under the field <c>purpose</c>.</summary>
    public static Failure Required() => Failure.Validation("purpose", new CodeError("PersonalData.PurposeRequired", Messages.Get("PersonalData.PurposeRequired")));
}
