using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.BrowserTests.Infrastructure;
using SealGuard.Core.Filings;
using SealGuard.Core.Shops;
using SealGuard.Core.Synthetic;
using SealGuard.Web.Data;
using SealGuard.Web.Features.Identity;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Features.PersonalData;
using SealGuard.Web.Features.Seals;
using SealGuard.Web.Seeding.Demo;
using SkiaSharp;

namespace SealGuard.BrowserTests.Shop;

/// <summary>A fresh filing of shop.demo's, made through the same handlers the pages call, to start a journey from.</summary>
public static class ShopSealData
{
    /// <summary>A filed order; <c>Person</c> is the legal representative, who also came as the agent.</summary>
    public sealed record NewFiling(long FilingId, string OrgName, IReadOnlyList<string> SealCodes, string CreditCode, PersonInput Person);

    /// <summary>Files one seal per type for a new synthetic organization; <paramref name="engraved"/> also engraves and imprints them.</summary>
    public static async Task<NewFiling> FileAsync(this BrowserApp app, int seed, bool engraved, params string[] sealTypes)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SealGuardDbContext>();
        var (shop, actor) = await ClerkAsync(db);
        var data = new SyntheticData(seed);
        var person = new PersonInput(data.PersonName(), data.IdNumber("410702").Value, data.MobilePhone().Value);
        var organization = new OrganizationInput(data.CreditCode("410702").Value, data.CompanyName("新乡市"), "02", "410702", "河南省新乡市红旗区人民路1号", person);
        var seals = sealTypes.Select(type => type == "03"
            ? new SealInput(type, "01", "02", "E4030", organization.Name + "发票专用章")
            : new SealInput(type, "01", "01", "R40", organization.Name)).ToList();
        var documentIds = new List<long>();
        foreach (var kind in RequiredMaterials.For(organization.Type, EngravingReason.New, agentIsLegalRepresentative: true))
        {
            // Staged as the wizard does: a filing without its required materials is refused.
            var staged = Expect(await services.GetRequiredService<StageDocumentHandler>().HandleAsync(actor, kind.ToString(), "scan.png", ImprintPng(400), CancellationToken.None));
            documentIds.Add(staged.Id);
        }

        var filed = Expect(await services.GetRequiredService<FileIntakeHandler>().HandleAsync(actor, new IntakeRequest(organization, person, "New", seals, documentIds), CancellationToken.None));
        var codes = filed.Seals.Select(s => s.SealCode).ToList();
        if (engraved)
        {
            var batch = services.GetRequiredService<FilingBatchHandler>();
            var engraver = await db.ShopStaff.Where(s => s.ShopId == shop.Id && s.State == StaffState.Accepted).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
            Expect(await batch.EngraveAsync(actor, filed.FilingId, new EngravingRequest(engraver), CancellationToken.None));
            Expect(await batch.UploadImprintsAsync(actor, filed.FilingId, codes.Select(c => new ImprintFile(c, c + ".png", ImprintPng(400))).ToList(), CancellationToken.None));
        }

        return new NewFiling(filed.FilingId, organization.Name!, codes, organization.CreditCode!, person);
    }

    /// <summary>Hands every seal of an engraved filing to its legal representative (who came as the agent).</summary>
    public static async Task DeliverAsync(this BrowserApp app, NewFiling filing)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SealGuardDbContext>();
        var (_, actor) = await ClerkAsync(db);
        Expect(await services.GetRequiredService<FilingBatchHandler>().DeliverAsync(actor, filing.FilingId, new DeliveryRequest(null, RecipientIsAgent: true), CancellationToken.None));
    }

    /// <summary>A red ring on white, like a scanned imprint.</summary>
    public static byte[] ImprintPng(int size)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size));
        surface.Canvas.Clear(SKColors.White);
        using var paint = new SKPaint { Color = SKColors.Red, IsStroke = true, StrokeWidth = size / 40f, IsAntialias = true };
        surface.Canvas.DrawCircle(size / 2f, size / 2f, size * 0.45f, paint);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>The demo shop and the real shop.demo account: intake and seal work need an account linked to accepted staff.</summary>
    private static async Task<(EngravingShop Shop, Actor Clerk)> ClerkAsync(SealGuardDbContext db)
    {
        var shop = await db.Shops.SingleAsync(s => s.ShopCode == DemoSeeder.DemoShopCode);
        var clerkId = await db.Users.Where(u => u.UserName == "shop.demo").Select(u => u.Id).SingleAsync();
        return (shop, new Actor(clerkId, "shop.demo", UserRole.ShopOperator, shop.Id, [], null));
    }

    private static T Expect<T>(SealGuard.Web.Infrastructure.Outcomes.Outcome<T> outcome) =>
        outcome.Value ?? throw new InvalidOperationException(outcome.Failure!.Code + ": " + outcome.Failure.Message);
}
