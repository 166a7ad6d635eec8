using SealGuard.Core.Codes;
using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Tests.Filings;

public class SealFaceRuleTests
{
    private const string Organization = "新乡市恒泰商贸有限公司";
    private const string LegalRepresentative = "王建国";

    private static IReadOnlyList<SealFaceViolation> Check(string type, string shape, string? spec, string text, string material = "01") =>
        SealFaceRule.Check(new SealSpecification(type, material, shape, spec, text), Organization, LegalRepresentative);

    [Fact]
    public void A_well_formed_set_of_seals_passes()
    {
        Check("01", "01", "R40", Organization).ShouldBeEmpty();
        Check("02", "01", "R38", Organization + "财务专用章").ShouldBeEmpty();
        Check("03", "02", "E4030", Organization + "发票专用章").ShouldBeEmpty();
        Check("05", "04", "S20", "王建国印").ShouldBeEmpty();
        Check("06", "03", "L5020", Organization + "业务专用章").ShouldBeEmpty();
        Check("01", "01", null, Organization).ShouldBeEmpty();
    }

    [Fact]
    public void A_unit_seal_must_carry_the_registered_name()
    {
        var violation = Check("01", "01", "R40", "新乡市恒泰商贸公司").ShouldHaveSingleItem();

        violation.Field.ShouldBe("text");
        violation.Error.Code.ShouldBe("SealFace.OrganizationNameMissing");
        violation.Error.Message.ShouldBe(Messages.Get("SealFace.OrganizationNameMissing", Organization));
    }

    [Fact]
    public void The_name_check_ignores_spaces_and_the_width_of_brackets()
    {
        var seal = new SealSpecification("01", "01", "01", "R40", "新乡市恒泰商贸有限公司(红旗分公司)");

        SealFaceRule.Check(seal, "新乡市恒泰商贸有限公司（红旗分公司）", LegalRepresentative).ShouldBeEmpty();
        SealFaceRule.Check(seal with { Text = "新乡市 恒泰商贸有限公司(红旗分公司)" }, "新乡市恒泰商贸有限公司（红旗分公司）", LegalRepresentative).ShouldBeEmpty();
    }

    [Fact]
    public void A_legal_representative_seal_must_carry_the_legal_representatives_name()
    {
        var violation = Check("05", "04", "S20", "李建国印").ShouldHaveSingleItem();

        violation.Field.ShouldBe("text");
        violation.Error.Code.ShouldBe("SealFace.LegalRepresentativeNameMissing");
        violation.Error.Message.ShouldContain("王建国印");
    }

    [Fact]
    public void Unknown_names_skip_the_name_checks()
    {
        SealFaceRule.Check(new SealSpecification("01", "01", "01", "R40", "随便"), null, null).ShouldBeEmpty();
        SealFaceRule.Check(new SealSpecification("05", "01", "04", "S20", "随便"), null, null).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("03", "R40")]
    [InlineData("01", "E4030")]
    [InlineData("02", "S20")]
    [InlineData("04", "L5020")]
    public void A_shape_that_differs_from_the_spec_is_refused_on_the_shape(string shape, string spec)
    {
        var violation = Check("02", shape, spec, Organization + "财务专用章").ShouldHaveSingleItem();

        violation.Field.ShouldBe("shape");
        violation.Error.Code.ShouldBe("SealFace.ShapeSpecMismatch");
    }

    [Fact]
    public void A_spec_code_that_names_no_geometry_is_refused_on_the_spec() =>
        Check("02", "01", "X9", Organization).ShouldHaveSingleItem().ShouldBe(new SealFaceViolation("spec", new CodeError("SealFace.SpecUnreadable", Messages.Get("SealFace.SpecUnreadable", "X9"))));

    [Fact]
    public void An_invoice_seal_must_be_oval_with_an_oval_spec()
    {
        var round = Check("03", "01", "R40", Organization + "发票专用章");
        round.Select(v => (v.Field, v.Error.Code)).ShouldBe([("shape", "SealFace.InvoiceSealOval"), ("spec", "SealFace.InvoiceSealSpec")], ignoreOrder: true);

        var noSpec = Check("03", "02", null, Organization + "发票专用章").ShouldHaveSingleItem();
        noSpec.Field.ShouldBe("spec");
        noSpec.Error.Code.ShouldBe("SealFace.InvoiceSealSpec");
    }

    /// <summary>The specs the wizard offers for a type and shape are exactly those the check lets through.</summary>
    [Fact]
    public void A_spec_fits_exactly_when_the_check_finds_nothing_wrong_with_shape_or_spec()
    {
        var specs = StandardCodeTables.Load().Where(e => e.Table == CodeTable.SealSpec).Select(e => SealSpecGeometry.Parse(e.Code)!).ToList();
        var shapes = StandardCodeTables.Load().Where(e => e.Table == CodeTable.SealShape).Select(e => e.Code).ToList();
        var types = StandardCodeTables.Load().Where(e => e.Table == CodeTable.SealType).Select(e => e.Code).ToList();
        specs.ShouldNotContain(s => s == null);

        foreach (var (type, shape, spec) in types.SelectMany(t => shapes.SelectMany(sh => specs.Select(sp => (t, sh, sp)))))
        {
            var fine = !Check(type, shape, spec.Code, "王建国印").Any(v => v.Field is "shape" or "spec");
            SealFaceRule.SpecFits(type, shape, spec).ShouldBe(fine, $"{type} {shape} {spec.Code}");
        }

        SealFaceRule.SpecFits("03", "02", SealSpecGeometry.Parse("E4030")!).ShouldBeTrue();
        SealFaceRule.SpecFits("03", "01", SealSpecGeometry.Parse("R40")!).ShouldBeFalse("a 发票专用章 is oval");
        SealFaceRule.SpecFits("01", "01", SealSpecGeometry.Parse("S20")!).ShouldBeFalse("a square spec is not round");
    }
}
