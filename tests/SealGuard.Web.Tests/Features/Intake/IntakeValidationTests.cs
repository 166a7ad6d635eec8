using Microsoft.EntityFrameworkCore;
using SealGuard.Core.Codes;
using SealGuard.Core.Divisions;
using SealGuard.Web.Features.Intake;
using SealGuard.Web.Tests.Infrastructure;

namespace SealGuard.Web.Tests.Features.Intake;

/// <summary>受理 input checks: every refusal is a 400 problem naming the offending JSON path, never a 500.</summary>
public sealed class IntakeValidationTests(SharedApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_credit_code_with_a_wrong_check_character_is_refused_naming_the_field(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        organization = organization with { CreditCode = FilingRequests.WithWrongCheckCharacter(organization.CreditCode!) };

        var errors = await (await shop.PostIntakeAsync(TestData.Intake(organization))).ShouldNameFieldsAsync("organization.creditCode");

        errors["organization.creditCode"].ShouldBe([Messages.Get("CreditCode.CheckCharacter")]);
        errors.Keys.ShouldBe(["organization.creditCode"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_credit_code_whose_embedded_organization_code_fails_its_check_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        organization = organization with { CreditCode = FilingRequests.WithBrokenOrganizationCheck(organization.CreditCode!) };

        var errors = await (await shop.PostIntakeAsync(TestData.Intake(organization))).ShouldNameFieldsAsync("organization.creditCode");

        errors["organization.creditCode"].ShouldBe([Messages.Get("CreditCode.OrganizationCheck")]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Id_numbers_with_a_bad_check_digit_are_refused_for_the_agent_and_the_legal_representative(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var legalRepresentative = TestData.Person();
        var agent = TestData.Person();
        var organization = TestData.Organization(legalRepresentative: legalRepresentative with { IdNumber = FilingRequests.WithBadCheckDigit(legalRepresentative.IdNumber!) });
        var request = TestData.Intake(organization, agent with { IdNumber = FilingRequests.WithBadCheckDigit(agent.IdNumber!) });

        var errors = await (await shop.PostIntakeAsync(request)).ShouldNameFieldsAsync("agent.idNumber", "organization.legalRepresentative.idNumber");

        errors["agent.idNumber"].ShouldBe([Messages.Get("IdNumber.CheckCharacter")]);
        errors["organization.legalRepresentative.idNumber"].ShouldBe([Messages.Get("IdNumber.CheckCharacter")]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_legacy_15_digit_id_number_is_accepted_and_stored_as_18_characters(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var (legacy, full) = FilingRequests.LegacyPerson();
        var organization = TestData.Organization(legalRepresentative: legacy with { IdNumber = full });

        // The agent gives the old 15-digit number of the legal representative: the same person, so no power of attorney.
        var filing = await shop.FileAsync(TestData.Intake(organization, legacy));

        var seal = await shop.GetSealAsync(filing.Seals[0].SealCode);
        seal.Filing.Agent.IdNumber.ShouldBe(FilingRequests.Masked(full));
        seal.Filing.Agent.IdNumber.Length.ShouldBe(18);
        seal.Organization.LegalRepresentative.IdNumber.ShouldBe(FilingRequests.Masked(full));
        seal.Filing.AgentIsLegalRepresentative.ShouldBeTrue();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_division_code_that_does_not_exist_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization() with { DivisionCode = "999999" };

        var errors = await (await shop.PostIntakeAsync(TestData.Intake(organization))).ShouldNameFieldsAsync("organization.divisionCode");

        errors["organization.divisionCode"].ShouldBe([Messages.Get("DivisionCode.NotFound", "999999")]);
    }

    /// <summary>
    /// A shop of the city filing for a division elsewhere got codes there that no officer of the city can see; a
    /// province or city code is no county at all.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Divisions_outside_the_jurisdiction_or_above_county_level_are_refused_and_nothing_is_written(string provider)
    {
        var app = await apps.GetAsync(provider);
        var shop = await app.SignInAsync("shop.demo");
        var cases = new (string Division, string Code)[]
        {
            ("110101", "Jurisdiction.Outside"), ("710000", "Jurisdiction.Outside"), ("810000", "Jurisdiction.Outside"),
            ("410000", "Jurisdiction.Outside"), ("410700", "Jurisdiction.NotCounty"),
        };
        foreach (var (division, code) in cases)
        {
            // The credit code is registered in the division itself, so only the jurisdiction can refuse it.
            var organization = TestData.Organization() with { DivisionCode = division };
            organization = organization with { CreditCode = TestData.Synthetic().CreditCode(division).Value };

            var errors = await (await shop.PostIntakeAsync(TestData.Intake(organization))).ShouldNameFieldsAsync("organization.divisionCode");

            errors["organization.divisionCode"].ShouldHaveSingleItem().ShouldBe(code == "Jurisdiction.Outside"
                ? Messages.Get(code, division, DivisionCatalog.Default.FullName(division), "河南省新乡市")
                : Messages.Get(code, division, DivisionCatalog.Default.FullName(division)), division);
            errors.Keys.ShouldBe(["organization.divisionCode"], ignoreOrder: false, division);
            (await app.WithDbAsync(db => db.Organizations.CountAsync(o => o.CreditCode == organization.CreditCode))).ShouldBe(0, division);
        }

        (await app.WithDbAsync(db => db.Seals.CountAsync(s => !s.DivisionCode.StartsWith("4107")))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_credit_code_registered_in_another_province_is_refused_but_a_national_registration_is_not(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var beijing = TestData.Organization() with { CreditCode = TestData.Synthetic().CreditCode("110108").Value };
        var national = TestData.Organization() with { CreditCode = TestData.Synthetic().CreditCode("100000").Value };

        var errors = await (await shop.PostIntakeAsync(TestData.Intake(beijing))).ShouldNameFieldsAsync("organization.creditCode");
        var filing = await shop.FileAsync(TestData.Intake(national));

        errors["organization.creditCode"].ShouldBe([Messages.Get("Jurisdiction.RegisteredElsewhere", "110108", "410702")]);
        filing.Seals.ShouldHaveSingleItem().SealCode.ShouldStartWith("410702");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Seal_faces_that_break_the_face_rule_are_refused_naming_the_seal_and_field(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var legalRepresentative = organization.LegalRepresentative!.Name!;
        var request = new IntakeRequest(organization, organization.LegalRepresentative, "New",
        [
            new SealInput("01", "01", "01", "R40", "新乡市某某有限公司"),
            new SealInput("05", "04", "04", "S20", "张三丰印"),
            new SealInput("02", "01", "03", "R40", organization.Name + "财务专用章"),
            new SealInput("03", "01", "01", "R40", organization.Name + "发票专用章"),
            TestData.Seal("05", organization),
        ]);

        var errors = await (await shop.PostIntakeAsync(request)).ShouldNameFieldsAsync("seals[0].text", "seals[1].text", "seals[2].shape", "seals[3].shape", "seals[3].spec");

        errors["seals[0].text"].ShouldBe([Messages.Get("SealFace.OrganizationNameMissing", organization.Name!)]);
        errors["seals[1].text"].ShouldBe([Messages.Get("SealFace.LegalRepresentativeNameMissing", legalRepresentative)]);
        errors["seals[2].shape"].ShouldBe([Messages.Get("SealFace.ShapeSpecMismatch", "R40", "圆形")]);
        errors["seals[3].shape"].ShouldBe([Messages.Get("SealFace.InvoiceSealOval")]);
        errors["seals[3].spec"].ShouldBe([Messages.Get("SealFace.InvoiceSealSpec")]);
        errors.Keys.ShouldNotContain(k => k.StartsWith("seals[4]", StringComparison.Ordinal));
        (await (await apps.GetAsync(provider)).WithDbAsync(db => db.Organizations.CountAsync(o => o.CreditCode == organization.CreditCode))).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_legal_representative_seal_reading_name_and_yin_an_oval_invoice_seal_and_a_rectangle_are_accepted(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var request = new IntakeRequest(organization, organization.LegalRepresentative, "New",
        [
            TestData.Seal("01", organization),
            TestData.Seal("03", organization),
            TestData.Seal("05", organization),
            new SealInput("06", "01", "03", "L5020", organization.Name + "业务专用章"),
        ]);

        (await shop.FileAsync(request)).Seals.Count.ShouldBe(4);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_seal_type_material_and_shape_codes_are_refused_naming_the_seal_and_field(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();
        var request = new IntakeRequest(organization, organization.LegalRepresentative, "New",
        [
            new SealInput("02", "01", "01", "R40", organization.Name),
            new SealInput("98", "98", "98", "R40", organization.Name),
        ]);

        var errors = await (await shop.PostIntakeAsync(request)).ShouldNameFieldsAsync("seals[1].type", "seals[1].material", "seals[1].shape");

        errors.Keys.ShouldNotContain(k => k.StartsWith("seals[0]", StringComparison.Ordinal));
        errors["seals[1].type"].ShouldBe([Messages.Get("CodeTable.UnknownCode", "98")]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_filing_without_seals_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var organization = TestData.Organization();

        var empty = await (await shop.PostIntakeAsync(new IntakeRequest(organization, organization.LegalRepresentative, "New", []))).ShouldNameFieldsAsync("seals");
        var missing = await (await shop.PostIntakeAsync(new IntakeRequest(organization, organization.LegalRepresentative, "New", null))).ShouldNameFieldsAsync("seals");

        empty["seals"].ShouldBe([Messages.Get("Filing.NoSeals")]);
        missing["seals"].ShouldBe([Messages.Get("Filing.NoSeals")]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task At_most_ten_seals_are_taken_in_one_filing(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var tooMany = TestData.Intake(sealTypes: [.. Enumerable.Repeat("02", 11)]);

        var errors = await (await shop.PostIntakeAsync(tooMany)).ShouldNameFieldsAsync("seals");
        errors["seals"].ShouldBe([Messages.Get("Filing.TooManySeals", 10)]);

        var ten = await shop.FileAsync(TestData.Intake(sealTypes: [.. Enumerable.Repeat("02", 10)]));
        ten.Seals.Count.ShouldBe(10);
        ten.Seals.Select(s => s.SealCode).Distinct().Count().ShouldBe(10);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_invalid_reason_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        foreach (var reason in new[] { "Lost", "new", "", "9" })
        {
            var errors = await (await shop.PostIntakeAsync(TestData.Intake(reason: reason, sealTypes: ["02"]))).ShouldNameFieldsAsync("reason");
            errors["reason"].ShouldBe([Messages.Get("Filing.InvalidReason")], $"reason '{reason}'");
        }
    }

    /// <summary>
    /// Enum.TryParse reads "New,Replacement" as the bitwise OR of the two values (1 | 2 = 3 = LostReplacement), so a
    /// malformed reason silently becomes another reason.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_reason_naming_two_reasons_is_refused_rather_than_read_as_a_third(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");

        var response = await shop.PostIntakeAsync(TestData.Intake(reason: "New,Replacement", sealTypes: ["02"]));

        await response.ShouldNameFieldsAsync("reason");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_missing_organization_is_refused(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");
        var request = TestData.Intake() with { Organization = null };

        var errors = await (await shop.PostIntakeAsync(request)).ShouldNameFieldsAsync("organization");

        errors["organization"].ShouldBe([Messages.Get("Field.Required")]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Malformed_json_is_a_400_problem(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");

        var response = await shop.PostRawJsonAsync("/api/v1/filings", """{"organization": {"creditCode": "91410702MA00000000", "name": """);

        var errors = await response.ShouldNameFieldsAsync();
        errors.ShouldNotBeEmpty();
        errors.Values.SelectMany(v => v).ShouldContain(Messages.Get("Request.Malformed"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_value_of_the_wrong_json_type_is_a_400_problem_naming_its_path(string provider)
    {
        var shop = await (await apps.GetAsync(provider)).SignInAsync("shop.demo");

        var seals = await shop.PostRawJsonAsync("/api/v1/filings", """{"reason": "New", "seals": 5}""");
        var sealType = await shop.PostRawJsonAsync("/api/v1/filings", """{"reason": "New", "seals": [{"type": {"code": "01"}}]}""");

        (await seals.ShouldNameFieldsAsync("seals"))["seals"].ShouldBe([Messages.Get("Request.Malformed")]);
        await sealType.ShouldNameFieldsAsync("seals[0].type");
    }
}
