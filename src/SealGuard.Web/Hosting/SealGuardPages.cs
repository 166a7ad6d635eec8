using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Extensions.WebEncoders;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Infrastructure.Http;

namespace SealGuard.Web.Hosting;

/// <summary>Razor Pages: zh-CN view localization and an HTML encoder that keeps CJK text, one authorization policy per audience area, and only the node's modules' pages.</summary>
public static class SealGuardPages
{
    public static void AddSealGuardPages(this WebApplicationBuilder builder)
    {
        var inactive = NodeModules.Of(builder.Services).Inactive.SelectMany(m => m.Pages).ToList();
        builder.Services.AddLocalization();
        // The pages are Chinese: left as characters, not &#x5370; entities (HTML-significant characters are still encoded).
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        builder.Services.AddRazorPages(r =>
            {
                r.Conventions.AuthorizeAreaFolder("Shop", "/", Policies.Shop);
                r.Conventions.AuthorizeAreaFolder("Police", "/", Policies.Police);
                r.Conventions.AuthorizeAreaFolder("Admin", "/", Policies.Admin);
                r.Conventions.Add(new UnroutedPages(inactive));
            })
            .AddMvcOptions(m =>
            {
                m.ModelBinderProviders.Insert(0, new EnumNameModelBinderProvider());
                m.ModelBinderProviders.Insert(0, new DayModelBinderProvider());
                m.Filters.Add<TextInputPageFilter>();
            })
            .AddViewLocalization();
    }

    /// <summary>A page of a module that does not run on this node gets no route, so it answers 404.</summary>
    private sealed class UnroutedPages(IReadOnlyList<PageFolder> folders) : IPageRouteModelConvention
    {
        public void Apply(PageRouteModel model)
        {
            if (folders.Any(f => f.Contains(model.AreaName, model.ViewEnginePath)))
            {
                model.Selectors.Clear();
            }
        }
    }
}
