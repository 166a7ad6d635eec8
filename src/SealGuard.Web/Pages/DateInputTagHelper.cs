using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Pages;

/// <summary>
/// Every <c>&lt;input type="date"&gt;</c> of the pages becomes a text field showing 年-月-日 (yyyy-MM-dd) with a calendar of
/// our own (wwwroot/js/date-input.js): the browser's date control shows and takes dates in the browser's locale
/// (mm/dd/yyyy on an English system), whatever the page's language. The server parses what was typed
/// (<see cref="DayModelBinderProvider"/>); a field whose text is no day keeps that text and gets the message under it.
/// <c>min</c>/<c>max</c> become the calendar's bounds (a text field has none); the handlers still check the range.
/// </summary>
[HtmlTargetElement("input", Attributes = "[type=date]")]
public sealed class DateInputTagHelper(IStringLocalizer<UiText> text, HtmlEncoder encoder) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Attributes.SetAttribute("type", "text");
        output.Attributes.SetAttribute("autocomplete", "off");
        output.Attributes.SetAttribute("maxlength", "16");
        output.Attributes.SetAttribute("pattern", "[0-9]{4}-[0-9]{2}-[0-9]{2}");
        output.Attributes.SetAttribute("placeholder", text["DateInput.Placeholder"].Value);
        output.Attributes.SetAttribute("title", text["DateInput.Hint"].Value);
        output.Attributes.SetAttribute("data-date-input", string.Empty);
        foreach (var bound in new[] { "min", "max" })
        {
            if (output.Attributes.TryGetAttribute(bound, out var limit))
            {
                output.Attributes.Remove(limit);
                output.Attributes.SetAttribute("data-" + bound, limit.Value);
            }
        }

        var id = output.Attributes.TryGetAttribute("id", out var idAttribute) ? idAttribute.Value?.ToString() : null;
        var error = output.Attributes.TryGetAttribute("name", out var name) && ViewContext.ModelState.TryGetValue(name.Value?.ToString() ?? string.Empty, out var entry)
            && entry.Errors.Count > 0
            ? (Text: string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)), Typed: entry.AttemptedValue)
            : default;
        var errorId = (id ?? "date") + "_dateError";
        if (error.Text is not null)
        {
            // What the clerk typed stays, to be corrected, rather than the empty value the model holds.
            output.Attributes.SetAttribute("value", error.Typed ?? string.Empty);
            output.AddClass("is-invalid", encoder);
            output.Attributes.SetAttribute("aria-invalid", "true");
            var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var described) ? described.Value + " " : string.Empty;
            output.Attributes.SetAttribute("aria-describedby", describedBy + errorId);
        }

        output.PreElement.SetHtmlContent("<div class=\"input-group has-validation sg-date\">");
        var toggle = new TagBuilder("button");
        toggle.Attributes["type"] = "button";
        toggle.AddCssClass("btn btn-outline-secondary sg-date-toggle");
        toggle.Attributes["aria-label"] = text["DateInput.Pick"].Value;
        toggle.Attributes["aria-haspopup"] = "dialog";
        toggle.Attributes["aria-expanded"] = "false";

        // The calendar's words, from the resources like every other page string.
        foreach (var key in new[] { "Previous", "Next", "Today", "Clear", "Weekdays", "Month", "Day", "Calendar" })
        {
            toggle.Attributes["data-" + key.ToLowerInvariant()] = text["DateInput." + key].Value;
        }

        toggle.InnerHtml.AppendHtml("<i class=\"bi bi-calendar3\" aria-hidden=\"true\"></i>");
        output.PostElement.AppendHtml(toggle);
        output.PostElement.AppendHtml("</div>");
        if (error.Text is not null)
        {
            var feedback = new TagBuilder("div");
            feedback.Attributes["id"] = errorId;
            feedback.AddCssClass("invalid-feedback d-block");
            feedback.Attributes["data-error-key"] = name!.Value?.ToString();
            feedback.InnerHtml.Append(error.Text);
            output.PostElement.AppendHtml(feedback);
        }
    }
}
