using SealGuard.Core.Filings;

namespace SealGuard.Core.Tests.Filings;

public sealed class ImprintSizeRuleTests
{
    [Theory]
    [InlineData("R40", 472, 472, 300.0)] // 39.96 mm
    [InlineData("R40", 496, 496, 300.0)] // 42.0 mm: just inside 5 %
    [InlineData("E4030", 945, 709, 600.0)] // 40.0 × 30.0 mm
    public void An_imprint_of_the_specs_size_within_five_percent_has_no_warning(string spec, int width, int height, double dpi) =>
        ImprintSizeRule.Check(spec, width, height, dpi, dpi).ShouldBeNull();

    [Fact]
    public void A_25_mm_imprint_of_a_42_mm_seal_is_warned_with_both_sizes()
    {
        var warning = ImprintSizeRule.Check("R42", 295, 295, 300, 300);

        warning.ShouldNotBeNull();
        warning.Code.ShouldBe("Imprint.SizeMismatch");
        warning.Message.ShouldBe("印模实际尺寸约 25 × 25 mm，与印章规格 42 × 42 mm 相差 41%（允许 5%）：请核对印模与扫描分辨率，必要时重新上传");
    }

    [Fact]
    public void One_axis_off_by_more_than_five_percent_is_enough()
    {
        // 40 × 27 mm for a 40 × 30 mm oval.
        ImprintSizeRule.Check("E4030", 472, 319, 300, 300)!.Code.ShouldBe("Imprint.SizeMismatch");
    }

    [Fact]
    public void An_unknown_resolution_is_said_as_such()
    {
        var warning = ImprintSizeRule.Check("R40", 472, 472, null, null);

        warning!.Code.ShouldBe("Imprint.DpiUnknown");
        warning.Message.ShouldContain("40 × 40 mm");
    }

    [Fact]
    public void Without_a_spec_there_is_nothing_to_compare_with() =>
        ImprintSizeRule.Check(null, 10, 10, null, null).ShouldBeNull();

    [Fact]
    public void The_card_prints_an_imprint_at_its_measured_size_even_when_that_is_not_the_specs()
    {
        // 945 px at 600 DPI is 40.0 mm; 295 px at 300 DPI is 25 mm, printed as such (the warning says the rest).
        var fitting = ImprintSizeRule.PrintSize("R40", "01", 945, 945, 600, 600, 80);
        fitting.WidthMm.ShouldBe(40.0, 0.01);
        fitting.HeightMm.ShouldBe(40.0, 0.01);
        fitting.FromResolution.ShouldBeTrue();
        var small = ImprintSizeRule.PrintSize("R42", "01", 295, 295, 300, 300, 80);
        small.WidthMm.ShouldBe(24.98, 0.01);
        small.FromResolution.ShouldBeTrue();
    }

    [Fact]
    public void Without_a_resolution_or_beyond_the_cards_room_the_imprint_is_scaled_to_the_specs_width()
    {
        var unknown = ImprintSizeRule.PrintSize("E4030", "02", 800, 600, null, null, 80);
        unknown.ShouldBe(new ImprintPrintSize(40, 30, FromResolution: false));

        // 1000 px at 72 DPI would be 353 mm.
        ImprintSizeRule.PrintSize("R40", "01", 1000, 1000, 72, 72, 80).ShouldBe(new ImprintPrintSize(40, 40, FromResolution: false));
        ImprintSizeRule.PrintSize(null, "04", 500, 500, null, null, 80).ShouldBe(new ImprintPrintSize(20, 20, FromResolution: false));
    }
}
