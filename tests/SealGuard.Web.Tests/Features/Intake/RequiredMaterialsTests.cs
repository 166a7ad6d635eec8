using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Filings;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>The materials a filing needs (Core <see cref="RequiredMaterials"/>) are enforced on submit, with nothing written on refusal.</summary>
public sealed class RequiredMaterialsTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filing_without_documents_is_refused_naming_the_missing_licence_and_writes_nothing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var intake = TestData.Intake() with { DocumentIds = [] };

        var problem = await (await shop.PostIntakeAsync(intake)).ProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("code").GetString().ShouldBe("Filing.MaterialsMissing");
        problem.GetProperty("detail").GetString().ShouldBe("缺少必需的备案材料：营业执照");
        problem.GetProperty("errors").GetProperty("documents.BusinessLicense")[0].GetString().ShouldBe("须上传营业执照");
        (await app.WithDbAsync(db => db.Organizations.CountAsync(o => o.CreditCode == intake.Organization!.CreditCode, TestContext.Current.CancellationToken))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lost_replacement_without_the_newspaper_notice_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var old = await shop.DeliverNewSealAsync(TestData.Intake(organization));
        await (await shop.ChangeLifeStateAsync(old, "loss-report", "遗失")).ShouldHaveStatusAsync(HttpStatusCode.OK);
        var licence = await shop.StageDocumentAsync(DocumentKind.BusinessLicense);
        var lost = TestData.Replacement(organization, "LostReplacement", old);

        var problem = await (await shop.PostIntakeAsync(lost with { DocumentIds = [licence.Id] })).ProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("code").GetString().ShouldBe("Filing.MaterialsMissing");
        problem.GetProperty("detail").GetString().ShouldBe("缺少必需的备案材料：登报声明");
        var notice = await shop.StageDocumentAsync(DocumentKind.NewspaperNotice);
        await shop.FileAsync(lost with { DocumentIds = [licence.Id, notice.Id] });
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_organization_type_needs_its_own_certificate(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var licence = await shop.StageDocumentAsync(DocumentKind.BusinessLicense);
        var institution = TestData.Intake(TestData.Organization() with { Type = "03" });

        var problem = await (await shop.PostIntakeAsync(institution with { DocumentIds = [licence.Id] })).ProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("detail").GetString().ShouldBe("缺少必需的备案材料：事业单位法人证书");
        var certificate = await shop.StageDocumentAsync(DocumentKind.InstitutionCertificate);
        var filing = await shop.FileAsync(institution with { DocumentIds = [certificate.Id] });
        (await shop.GetSealAsync(filing.Seals[0].SealCode)).Filing.Documents.ShouldHaveSingleItem().Kind.ShouldBe(DocumentKind.InstitutionCertificate);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_step_check_names_the_required_materials_and_the_field_errors_without_filing(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var intake = TestData.Intake(TestData.Organization() with { Type = "04", Address = "" }, agent: TestData.Person(), reason: "New") with { DocumentIds = [] };

        var response = await shop.PostAsJsonAsync("/api/v1/filings/validation", intake, FilingSteps.Json, TestContext.Current.CancellationToken);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var check = (await response.Content.ReadFromJsonAsync<IntakeCheck>(FilingSteps.Json, TestContext.Current.CancellationToken))!;
        check.Valid.ShouldBeFalse();
        check.RequiredDocuments.ShouldBe([DocumentKind.RegistrationCertificate, DocumentKind.PowerOfAttorney]);
        check.Errors.Keys.ShouldBe(["organization.address", "documents.RegistrationCertificate", "documents.PowerOfAttorney"], ignoreOrder: true);
        (await app.WithDbAsync(db => db.Organizations.CountAsync(o => o.CreditCode == intake.Organization!.CreditCode, TestContext.Current.CancellationToken))).ShouldBe(0);
    }
}
