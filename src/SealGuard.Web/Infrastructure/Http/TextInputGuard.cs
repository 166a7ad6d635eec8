using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Primitives;
using SealGuard.Core.Codes;
using SealGuard.Web.Infrastructure.Outcomes;

namespace SealGuard.Web.Infrastructure.Http;

/// <summary>
/// Refuses text input with characters <see cref="TextInput"/> forbids before any handler or database sees it, at the
/// two places every request's text passes: the JSON reader for bodies (<see cref="StrictStringConverter"/>) and this
/// middleware for query strings, route values and form fields (a page's posted form is left to <see cref="TextInputPageFilter"/>,
/// which shows the page with the message under the field). The answer is a 400 validation problem naming the field;
/// a NUL never reaches PostgreSQL, whose text parameters cannot carry one (a failed prepared statement there would
/// otherwise break the pooled connection for later requests).
/// </summary>
public static class TextInputGuard
{
    /// <summary>Runs after authorization, so an anonymous caller cannot make a protected route read its form.</summary>
    public static IApplicationBuilder UseTextInputGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var field = FindForbidden(request.Query)
            ?? FindForbidden(request.RouteValues.Select(r => KeyValuePair.Create(r.Key, new StringValues(r.Value as string))))
            ?? (request.HasFormContentType && !IsPage(context) ? FindForbidden(await request.ReadFormAsync(context.RequestAborted)) : null);
        if (field is null)
        {
            await next(context);
            return;
        }

        await Refusal(field).ExecuteAsync(context);
    });

    /// <summary>The 400 problem for a field carrying a forbidden character.</summary>
    public static IResult Refusal(string field) => ApiResults.Problem(Failure.Validation(field, TextInput.Error));

    /// <summary>Every form field carrying a forbidden character (a hostile name counts as the field <c>form</c>), in form order.</summary>
    public static IReadOnlyList<string> ForbiddenFields(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return [.. form.Where(f => !TextInput.IsClean(f.Key) || f.Value.Any(v => v is not null && !TextInput.IsClean(v)))
            .Select(f => TextInput.IsClean(f.Key) ? f.Key : "form").Distinct(StringComparer.Ordinal)];
    }

    private static bool IsPage(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null;

    private static string? FindForbidden(IEnumerable<KeyValuePair<string, StringValues>> values)
    {
        foreach (var (key, value) in values)
        {
            if (!TextInput.IsClean(key))
            {
                // The name itself is hostile: do not echo it back.
                return "query";
            }

            foreach (var text in value)
            {
                if (text is not null && !TextInput.IsClean(text))
                {
                    return key;
                }
            }
        }

        return null;
    }
}

/// <summary>The JSON reader's half of <see cref="TextInputGuard"/>: every string value and property name of a request body.</summary>
public sealed class StrictStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString());

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Checked(reader.GetString())!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);

    private static string? Checked(string? value) =>
        value is null || TextInput.IsClean(value) ? value : throw new ForbiddenTextException();
}

/// <summary>A JSON string with a forbidden character; the serializer adds the path, <see cref="BadRequestExceptionHandler"/> names the field.</summary>
public sealed class ForbiddenTextException : JsonException
{
    public ForbiddenTextException()
        : base(TextInput.Error.Message)
    {
    }

    public ForbiddenTextException(string message)
        : base(message)
    {
    }

    public ForbiddenTextException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
