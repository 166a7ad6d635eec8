using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;
using SealGuard.Web.Infrastructure.Blobs;
using SealGuard.Web.Infrastructure.SealArt;
using SealGuard.Web.Seeding.Demo;
using SealGuard.Web.Tests.Infrastructure;
using SkiaSharp;

namespace SealGuard.Web.Tests.Seeding.Demo;

/// <summary>The demo city is a believable past: what a clerk or officer opens in it could have happened.</summary>
public sealed class DemoSeederTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_city_lies_in_the_past_and_its_history_is_the_shops_own_work(string provider)
    {
        var startedAt = DateTime.UtcNow;
        await using var app = await SealGuardApp.StartAsync(provider, s => s["SealGuard:DemoOrganizations"] = "45");

        var (seals, organizations, users) = await app.WithDbAsync(async db => (
            await db.Seals.AsNoTracking().Include(s => s.History).Include(s => s.Filing).ThenInclude(f => f.Documents).ToListAsync(Ct),
            await db.Organizations.AsNoTracking().Select(o => new { o.Id, o.CreditCode, o.RegisteredAt }).ToListAsync(Ct),
            await db.Users.AsNoTracking().Select(u => new { u.Id, u.UserName, u.ShopId }).ToListAsync(Ct)));

        seals.Count.ShouldBeGreaterThan(60);
        var events = seals.SelectMany(s => s.History).ToList();

        // Nothing happened after the seeding: no seal, filing, document, imprint or organization dated in the future.
        DateTime[] dates =
        [
            .. events.Select(e => e.OccurredAt), .. seals.Select(s => s.AcceptedAt), .. seals.Select(s => s.Imprint?.UploadedAt ?? s.AcceptedAt),
            .. seals.SelectMany(s => s.Filing.Documents).Select(d => d.UploadedAt), .. organizations.Select(o => o.RegisteredAt),
        ];
        dates.ShouldAllBe(d => d <= startedAt);

        // A spread over the past months, not one busy day.
        seals.Min(s => s.AcceptedAt).ShouldBeLessThan(startedAt.AddMonths(-9));
        seals.Select(s => new DateOnly(s.AcceptedAt.Year, s.AcceptedAt.Month, 1)).Distinct().Count().ShouldBeGreaterThan(8);

        // Losses, surrenders and scrapping of delivered seals come after their delivery.
        foreach (var seal in seals.Where(s => s.DeliveredAt is not null))
        {
            new[] { seal.ReportedLostAt, seal.SurrenderedAt, seal.ScrappedAt }.ShouldAllBe(at => at == null || at > seal.DeliveredAt);
        }

        seals.Where(s => s.ReportedLostAt is not null).ShouldAllBe(s => s.DeliveredAt != null && s.DeliveredAt < s.ReportedLostAt);

        // Every step is by a shop's own user: the making shop's clerk files and delivers, an engraver's account engraves
        // (retiring a replaced seal falls to whichever shop delivered its replacement).
        var byId = users.ToDictionary(u => u.Id);
        foreach (var seal in seals)
        {
            foreach (var entry in seal.History)
            {
                byId.ShouldContainKey(entry.ActorUserId, $"{seal.SealCode} {entry.Action} by {entry.ActorName}");
                var user = byId[entry.ActorUserId];
                user.UserName.ShouldBe(entry.ActorName);
                if (entry.Action is SealAction.Checked or SealAction.Returned)
                {
                    // The police's review (核验) of the filing, in the seal's history too.
                    user.ShopId.ShouldBeNull($"{seal.SealCode} {entry.Action} by {entry.ActorName}");
                    continue;
                }

                user.ShopId.ShouldNotBeNull();
                if (entry.Action is not SealAction.Surrendered)
                {
                    user.ShopId.ShouldBe(seal.Filing.ShopId, $"{seal.SealCode} {entry.Action} by {entry.ActorName}");
                }
            }
        }

        events.ShouldNotContain(e => e.ActorName == "demo.seed" || e.ActorName == "synthetic.load");
        events.Where(e => e.Action == SealAction.Engraved).ShouldAllBe(e => e.ActorName.Contains(".engraver"));
        events.Where(e => e.Action == SealAction.Delivered).ShouldAllBe(e => !e.ActorName.Contains(".engraver"));
        events.ShouldContain(e => e.ActorName == "shop.demo");

        // Every imprint is its own seal's face, drawn with its inscription and code, and its DPI says the spec's size.
        var imprinted = seals.Where(s => s.Imprint is not null).ToList();
        imprinted.Count.ShouldBeGreaterThan(40);
        imprinted.Select(s => s.Imprint!.OriginalSha256).ShouldBeUnique();
        var creditCodes = organizations.ToDictionary(o => o.Id, o => o.CreditCode);
        foreach (var seal in imprinted)
        {
            var face = SealFace.Compose(new SealSpecification(seal.Type, seal.Material, seal.Shape, seal.Spec, seal.Text), creditCodes[seal.OrganizationId], seal.SealCode, seal.DivisionCode);
            Convert.ToHexStringLower(SHA256.HashData(SealFaceRenderer.Png(face, DemoSeeder.ImprintDpi))).ShouldBe(seal.Imprint!.OriginalSha256, seal.SealCode);
            var spec = SealSpecGeometry.Parse(seal.Spec)!;
            (seal.Imprint.WidthPx * 25.4 / seal.Imprint.DpiX!.Value).ShouldBe(spec.WidthMm, 0.1);
            (seal.Imprint.HeightPx * 25.4 / seal.Imprint.DpiY!.Value).ShouldBe(spec.HeightMm, 0.1);
        }

        // And the stored rendition has ink: whoever opens it sees a seal, not a blank.
        var sample = imprinted.First(s => s.Type == "01");
        await using var stored = (await app.Services.GetRequiredService<IBlobStore>().OpenReadAsync(sample.Imprint!.NormalizedSha256, Ct))!;
        using var bitmap = SKBitmap.Decode(stored);
        var inked = 0;
        for (var y = 0; y < bitmap.Height; y += 4)
        {
            for (var x = 0; x < bitmap.Width; x += 4)
            {
                var pixel = bitmap.GetPixel(x, y);
                inked += pixel.Alpha > 128 && pixel.Red > 150 && pixel.Green < 90 ? 1 : 0;
            }
        }

        inked.ShouldBeGreaterThan(bitmap.Width * bitmap.Height / 16 / 10);
    }
}
