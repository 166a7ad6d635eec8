using SealGuard.Core.CodeTables;
using SealGuard.Core.Filings;

namespace SealGuard.Core.Tests.Filings;

public class SealFaceTests
{
    private const string Name = "新乡市恒泰商贸有限公司";
    private const string TaxNumber = "91410702MA44KXDE2C";

    [Fact]
    public void A_unit_seal_is_round_with_the_star_the_name_on_the_ring_and_the_code_on_the_lower_arc()
    {
        var face = SealFace.Compose(new SealSpecification("01", "01", "01", "R42", Name), TaxNumber, "4107020000123", "410702");

        face.ShouldBe(new SealFace(SealOutline.Round, 42, 42, Name, SealTextLayout.Ring, SealCentre.Star, null, null, "4107020000123", SealCodePlacement.BottomArc));
    }

    [Fact]
    public void An_invoice_seal_is_oval_with_the_tax_number_in_the_middle_and_the_purpose_line_below()
    {
        var face = SealFace.Compose(new SealSpecification("03", "01", "02", "E4030", Name + "发票专用章"), TaxNumber, null, "410702");

        face.Outline.ShouldBe(SealOutline.Oval);
        (face.WidthMm, face.HeightMm).ShouldBe((40, 30));
        face.Text.ShouldBe(Name);
        face.Centre.ShouldBe(SealCentre.TaxNumber);
        face.CentreText.ShouldBe(TaxNumber);
        face.PurposeLine.ShouldBe("发票专用章");
        face.SealCode.ShouldBe("410702" + SealFace.PlaceholderSerial);
        face.CodePlacement.ShouldBe(SealCodePlacement.BottomArc);
    }

    [Fact]
    public void A_tax_number_not_yet_known_shows_a_placeholder() =>
        SealFace.Compose(new SealSpecification("03", "01", "02", "E4030", Name), null, null, null).CentreText.ShouldBe(SealFace.PlaceholderTaxNumber);

    [Fact]
    public void A_name_seal_is_square_without_star_set_in_columns_with_the_code_along_the_lower_edge()
    {
        var face = SealFace.Compose(new SealSpecification("05", "04", "04", "S20", "王建国印"), TaxNumber, null, null);

        face.ShouldBe(new SealFace(SealOutline.Square, 20, 20, "王建国印", SealTextLayout.Columns, SealCentre.None, null, null, "0000000000000", SealCodePlacement.BottomEdge));
    }

    [Fact]
    public void A_rectangular_seal_sets_its_text_in_lines()
    {
        var face = SealFace.Compose(new SealSpecification("06", "01", "03", "L5020", Name + "业务专用章"), null, null, "410702");

        (face.Outline, face.WidthMm, face.HeightMm, face.Layout, face.Centre, face.CodePlacement)
            .ShouldBe((SealOutline.Rectangle, 50, 20, SealTextLayout.Lines, SealCentre.None, SealCodePlacement.BottomEdge));
    }

    [Fact]
    public void A_special_purpose_round_seal_sets_its_purpose_below_the_star()
    {
        var face = SealFace.Compose(new SealSpecification("02", "01", "01", "R38", Name + "财务专用章"), null, null, null);

        (face.Text, face.Centre, face.PurposeLine).ShouldBe((Name, SealCentre.Star, "财务专用章"));
    }

    [Fact]
    public void A_steel_seal_carries_no_seal_code()
    {
        var face = SealFace.Compose(new SealSpecification("01", SealFace.SteelMaterial, "01", "R40", Name), null, "4107020000001", "410702");

        face.SealCode.ShouldBeNull();
        face.CodePlacement.ShouldBe(SealCodePlacement.None);
    }

    [Fact]
    public void Without_a_spec_the_outline_gets_its_common_size() =>
        SealFace.Compose(new SealSpecification("02", "01", "02", null, Name), null, null, null).ShouldSatisfyAllConditions(
            f => f.Outline.ShouldBe(SealOutline.Oval),
            f => (f.WidthMm, f.HeightMm).ShouldBe((40, 30)));
}
