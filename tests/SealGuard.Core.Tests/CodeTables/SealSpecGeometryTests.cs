using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Tests.CodeTables;

public class SealSpecGeometryTests
{
    [Theory]
    [InlineData("R40", SealOutline.Round, 40, 40, "01")]
    [InlineData("R42", SealOutline.Round, 42, 42, "01")]
    [InlineData("E4030", SealOutline.Oval, 40, 30, "02")]
    [InlineData("L5020", SealOutline.Rectangle, 50, 20, "03")]
    [InlineData("S18", SealOutline.Square, 18, 18, "04")]
    public void A_spec_code_names_its_outline_size_and_shape_code(string code, SealOutline outline, int width, int height, string shapeCode)
    {
        var geometry = SealSpecGeometry.Parse(code).ShouldNotBeNull();

        geometry.Outline.ShouldBe(outline);
        (geometry.WidthMm, geometry.HeightMm).ShouldBe((width, height));
        geometry.ShapeCode.ShouldBe(shapeCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("R4")]
    [InlineData("R400")]
    [InlineData("E40")]
    [InlineData("E3040")]
    [InlineData("X40")]
    [InlineData("r40")]
    [InlineData("R00")]
    [InlineData("S2O")]
    public void A_code_off_the_grammar_has_no_geometry(string? code) =>
        SealSpecGeometry.Parse(code).ShouldBeNull();

    /// <summary>The shipped spec table and the grammar agree: each spec's name starts with the name of the shape its code names.</summary>
    [Fact]
    public void Every_shipped_spec_reads_as_the_shape_its_name_gives()
    {
        var specs = StandardCodeTables.Load().Where(e => e.Table == CodeTable.SealSpec).ToList();

        specs.ShouldNotBeEmpty();
        foreach (var spec in specs)
        {
            var geometry = SealSpecGeometry.Parse(spec.Code).ShouldNotBeNull(spec.Code);
            spec.Name.ShouldStartWith(SealFaceRule.ShapeName(geometry.Outline), Case.Sensitive, spec.Code);
        }
    }
}
