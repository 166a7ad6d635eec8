using SealGuard.Web.Hosting;
using SealGuard.Web.Infrastructure.Http;

// The host as a table of contents: each step lives in Hosting/, each feature's part in its module (Hosting/FeatureModules.cs).
var builder = WebApplication.CreateBuilder(args);
SealGuardOptions options;
try
{
    options = builder.AddSealGuardCore(FeatureModules.All); // configuration, database, shared infrastructure, the node role's modules
    builder.AddWebHardening(options);                       // public base URL, security headers, proxies, API docs, API antiforgery
    builder.AddHttpConventions(options);                    // body limits, JSON, problem details, rate limiter, OpenAPI
    builder.AddSealGuardPages();                            // Razor Pages: localization, area policies, the modules' pages
    builder.AddSealGuardHealthChecks();
    builder.AddModuleWebServices(options);                  // the modules' HTTP side: authentication (Identity), rate-limit policies
}
catch (SealGuardConfigurationException e)
{
    // One line naming the setting, exit code 1: what an operator (or systemd) needs, not a stack trace.
    Console.Error.WriteLine($"SealGuard cannot start: {e.Message}");
    return 1;
}

var app = builder.Build();
await app.StartModulesAsync();                              // migrations, reference data, the modules' start-up work (demo city)
app.UseSealGuardPipeline();                                 // middleware, in order
app.MapSealGuardHealthChecks();
app.MapApiDocs();
app.MapRazorPages();
app.MapModuleApis();                                        // /api/v1: each module's endpoints
app.MapBenchmarkEndpoint(options);
app.PrintStartupBanner(options);
app.Run();
return 0;
