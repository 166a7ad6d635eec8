using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SealGuard.Core.Codes;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// The pages' half of <see cref="TextInputGuard"/> for posted forms (the middleware leaves page forms to it): a form
/// with a field carrying a character <see cref="TextInput"/> forbids never reaches its handler. A browser gets the page
/// again, as the page's GET handler shows it with the posted values bound, the message under each offending field
/// (model state keyed by the field's form name, see <see cref="FieldError"/>) and a form-level alert; a script asking
/// for JSON gets the API's 400 problem.
/// </summary>
public sealed class TextInputPageFilter : IAsyncPageFilter
{
    private const string RefusedKey = "SealGuard.TextInput.RefusedFields";

    public async Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        if (!request.HasFormContentType)
        {
            return;
        }

        var fields = TextInputGuard.ForbiddenFields(await request.ReadFormAsync(context.HttpContext.RequestAborted));
        if (fields.Count == 0)
        {
            return;
        }

        context.HttpContext.Items[RefusedKey] = fields;
        if (WantsPage(request))
        {
            context.HandlerMethod = context.ActionDescriptor.HandlerMethods.FirstOrDefault(h => h.Name is null && string.Equals(h.HttpMethod, "Get", StringComparison.OrdinalIgnoreCase));
        }
    }

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Refused(context.HttpContext) is not { } fields)
        {
            await next();
            return;
        }

        foreach (var field in fields)
        {
            context.ModelState.AddModelError(field, TextInput.Error.Message);
        }

        if (!WantsPage(context.HttpContext.Request))
        {
            context.Result = new Refusal(fields[0]);
            return;
        }

        await next();
    }

    /// <summary>The form fields refused in this request, or null.</summary>
    public static IReadOnlyList<string>? Refused(HttpContext context) =>
        context?.Items[RefusedKey] as IReadOnlyList<string>;

    /// <summary>The message a page shows under the input posted as <paramref name="name"/>, or null.</summary>
    public static string? FieldError(ModelStateDictionary modelState, string name) =>
        modelState is not null && modelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0
            ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage))
            : null;

    // The page scripts' fetch asks for JSON; a browser's form post (or a client saying nothing) wants the page.
    private static bool WantsPage(HttpRequest request) =>
        !request.Headers.Accept.Any(a => a is not null && a.Contains("application/json", StringComparison.OrdinalIgnoreCase));

    private sealed class Refusal(string field) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => TextInputGuard.Refusal(field).ExecuteAsync(context.HttpContext);
    }
}
