using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using SealGuard.Web.Hosting;

namespace SealGuard.Web.Features.Identity;

/// <summary>Users, sessions and sign-in: officers sign in on the police node, shop staff on the shop node, so both.</summary>
public sealed class IdentityModule : IFeatureModule
{
    public NodeRole Roles => NodeRole.All;

    // The error page goes with sign-in: every node that serves pages has both.
    public IReadOnlyList<PageFolder> Pages => [new(null, "/Account"), new(null, "/Error"), new("Admin", "/Users")];

    public void AddServices(IHostApplicationBuilder builder, SealGuardOptions options)
    {
        var services = builder.Services;
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddScoped<AddUserHandler>();
        services.AddScoped<UserSessions>();
        services.AddScoped<PasswordSignInHandler>();
        services.AddScoped<RecordRefusedSignInHandler>();
        services.AddScoped<CookieSignInHandler>();
        services.AddScoped<SignOutHandler>();
        services.AddScoped<ListUsersHandler>();
        services.AddScoped<ManageUserHandler>();
    }

    public void AddWebServices(WebApplicationBuilder builder, SealGuardOptions options) => builder.AddSealGuardAuthentication(options);

    public void MapApi(RouteGroupBuilder api) => api.MapIdentityApi();

    public IEnumerable<Command> Commands(CliVerbs cli)
    {
        var userName = new Option<string>("--username") { Required = true };
        var displayName = new Option<string?>("--display-name");
        var password = new Option<string>("--password") { Required = true };
        var role = new Option<UserRole>("--role") { Required = true };
        var shop = new Option<string?>("--shop") { Description = "Shop code (shop roles)" };
        // One prefix per occurrence (repeat the option, or separate with commas): extra --Key=Value configuration may follow.
        var jurisdiction = new Option<string[]>("--jurisdiction") { Description = "Division prefixes (police roles): --jurisdiction 4107 --jurisdiction 410727, or 4107,410727" };
        var unit = new Option<string?>("--unit") { Description = "Police unit shown beside the name (police roles), e.g. 新乡市公安局红旗分局" };
        var staff = new Option<long?>("--staff") { Description = "Staff record id (shop roles): the accepted 从业人员 the account belongs to; without it the account cannot take intakes or work seals" };
        var add = new Command("add", "Create a user") { userName, displayName, password, role, shop, jurisdiction, unit, staff };
        add.SetAction((parse, ct) => cli.RunAsync(parse, async services =>
        {
            var name = parse.GetValue(userName)!;
            var outcome = await services.GetRequiredService<AddUserHandler>().AddAsync(Actor.System,
                new NewUser(name, parse.GetValue(displayName) ?? name, parse.GetValue(password), parse.GetValue(role), parse.GetValue(shop), (parse.GetValue(jurisdiction) ?? []).SelectMany(j => j.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
                    parse.GetValue(unit), parse.GetValue(staff)), ct);
            if (!outcome.IsSuccess)
            {
                await cli.Output.WriteLineAsync("Refused: " + outcome.Failure!.Message);
                foreach (var (field, messages) in outcome.Failure.Errors ?? new Dictionary<string, string[]>())
                {
                    await cli.Output.WriteLineAsync($"  {field}: {string.Join("; ", messages)}");
                }

                return 1;
            }

            await cli.Output.WriteLineAsync($"User {outcome.Value!.UserName} created.");
            return 0;
        }));
        yield return new Command("users", "Manage users") { add };
    }
}
