using System.Net.Http.Json;
using System.Text.Json;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Hosting;

/// <summary>
/// The API's public surface, pinned: every operation of the OpenAPI document (method, path, operation id, tag and the
/// response status codes it declares) against <c>openapi-routes.txt</c>. A refactoring that drops, renames or
/// re-answers a route fails here; an intended change updates the file in the same commit.
/// </summary>
public sealed class OpenApiRouteListTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_openapi_document_lists_exactly_the_pinned_routes(string provider)
    {
        var app = await apps.GetAsync(provider);

        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        var actual = Operations(document);
        var pinned = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Hosting", "openapi-routes.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var missing = pinned.Except(actual).ToList();
        var added = actual.Except(pinned).ToList();
        (missing.Count + added.Count).ShouldBe(0,
            $"missing from the document:\n  {string.Join("\n  ", missing)}\nnot pinned:\n  {string.Join("\n  ", added)}\nthe document now:\n{string.Join('\n', actual)}");
    }

    private static List<string> Operations(JsonElement document)
    {
        var lines = new List<string>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Value.ValueKind == JsonValueKind.Object && o.Value.TryGetProperty("responses", out _)))
            {
                var id = operation.Value.TryGetProperty("operationId", out var opId) ? opId.GetString() : "-";
                var tag = operation.Value.TryGetProperty("tags", out var tags) ? string.Join(",", tags.EnumerateArray().Select(t => t.GetString())) : "-";
                var statuses = string.Join(",", operation.Value.GetProperty("responses").EnumerateObject().Select(r => r.Name).Order(StringComparer.Ordinal));
                lines.Add($"{operation.Name.ToUpperInvariant()} {path.Name} {id} [{tag}] {statuses}");
            }
        }

        return lines.Order(StringComparer.Ordinal).ToList();
    }
}
