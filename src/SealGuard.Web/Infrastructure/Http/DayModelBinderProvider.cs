using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SealGuard.Core.Codes;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// A day as a clerk types it into a date field: 2026-03-05, 2026-3-5, 2026/3/5, 2026.3.5, 2026年3月5日 or 20260305, with
/// full-width digits and separators as a Chinese input method gives them. The pages show and send yyyy-MM-dd
/// (wwwroot/js/date-input.js normalizes to it as the clerk leaves the field, with the same rules); the API keeps its own
/// strict yyyy-MM-dd.
/// </summary>
public static partial class DayText
{
    /// <summary>The one form the fields show.</summary>
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly day)
    {
        day = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var match = Typed().Match(text.Trim().Normalize(System.Text.NormalizationForm.FormKC));
        if (!match.Success)
        {
            return false;
        }

        var (year, month, dayOfMonth) = (Number(match, "y"), Number(match, "m"), Number(match, "d"));
        if (year is < 1900 or > 2199 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary>The field's (and the query's) value: yyyy-MM-dd, or null for no day.</summary>
    public static string? Show(DateOnly? day) => day?.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The message under a field whose text is not a day.</summary>
    public static string Invalid => Messages.Get("Date.Invalid");

    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})\s*[-/.年]\s*(?<m>[0-9]{1,2})\s*[-/.月]\s*(?<d>[0-9]{1,2})\s*日?|(?<y>[0-9]{4})(?<m>[0-9]{2})(?<d>[0-9]{2}))$", RegexOptions.CultureInvariant, 100)]
    private static partial Regex Typed();
}

/// <summary>
/// Page model binding of <see cref="DateOnly"/> through <see cref="DayText"/>, so a day typed in any of its forms binds
/// whatever the request culture, and text that is no day leaves the property empty with <see cref="DayText.Invalid"/>
/// in model state under the field's form name (shown under the field by <see cref="Pages.DateInputTagHelper"/>).
/// </summary>
public sealed class DayModelBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return (Nullable.GetUnderlyingType(context.Metadata.ModelType) ?? context.Metadata.ModelType) == typeof(DateOnly) ? new DayModelBinder() : null;
    }

    /// <summary>Whether a posted day did not bind: the page then shows the form again instead of acting on it.</summary>
    public static bool AnyInvalid(ModelStateDictionary modelState) =>
        modelState?.Values.Any(entry => entry.Errors.Any(e => e.ErrorMessage == DayText.Invalid)) == true;

    private sealed class DayModelBinder : IModelBinder
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var value = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (value == ValueProviderResult.None || string.IsNullOrWhiteSpace(value.FirstValue))
            {
                return Task.CompletedTask;
            }

            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, value);
            if (DayText.TryParse(value.FirstValue, out var day))
            {
                bindingContext.Result = ModelBindingResult.Success(day);
            }
            else
            {
                bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, DayText.Invalid);
                bindingContext.Result = ModelBindingResult.Failed();
            }

            return Task.CompletedTask;
        }
    }
}
