using SealGuard.Core.Codes;

namespace SealGuard.Core.Tests.Codes;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("13912345678", "13912345678", "139****5678")]
    [InlineData(" 19912345678 ", "19912345678", "199****5678")]
    [InlineData("139 1234 5678", "13912345678", "139****5678")]
    [InlineData("139-1234-5678", "13912345678", "139****5678")]
    [InlineData("+8613912345678", "13912345678", "139****5678")]
    [InlineData("+86 139 1234 5678", "13912345678", "139****5678")]
    public void Mobile_numbers_are_normalised_and_masked(string value, string expected, string masked)
    {
        PhoneNumber.TryParse(value, out var phone, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        phone.Value.ShouldBe(expected);
        phone.IsMobile.ShouldBeTrue();
        phone.Masked.ShouldBe(masked);
    }

    [Theory]
    [InlineData("0373-1234567", "0373-1234567", "0373-****67")]
    [InlineData("03731234567", "0373-1234567", "0373-****67")]
    [InlineData("0373-12345678", "0373-12345678", "0373-****78")]
    [InlineData("01012345678", "010-12345678", "010-****78")]
    [InlineData("010-12345678", "010-12345678", "010-****78")]
    [InlineData("02112345678", "021-12345678", "021-****78")]
    [InlineData("0371 6123 4567", "0371-61234567", "0371-****67")]
    public void Landlines_get_a_hyphen_after_the_area_code(string value, string expected, string masked)
    {
        PhoneNumber.TryParse(value, out var phone, out var error).ShouldBeTrue();
        error.ShouldBeNull();
        phone.Value.ShouldBe(expected);
        phone.IsMobile.ShouldBeFalse();
        phone.Masked.ShouldBe(masked);
    }

    [Theory]
    [InlineData(null, "PhoneNumber.Required")]
    [InlineData("", "PhoneNumber.Required")]
    [InlineData("   ", "PhoneNumber.Required")]
    [InlineData("12912345678", "PhoneNumber.Format")]
    [InlineData("1391234567", "PhoneNumber.Format")]
    [InlineData("139123456789", "PhoneNumber.Format")]
    [InlineData("1391234567a", "PhoneNumber.Format")]
    [InlineData("0373-123456", "PhoneNumber.Format")]
    [InlineData("0373-123456789", "PhoneNumber.Format")]
    [InlineData("037-31234567", "PhoneNumber.Format")]
    [InlineData("0111234567", "PhoneNumber.Format")]
    [InlineData("0373--1234567", "PhoneNumber.Format")]
    [InlineData("3731234567", "PhoneNumber.Format")]
    public void Invalid_numbers_report_a_distinct_error(string? value, string expectedCode)
    {
        PhoneNumber.TryParse(value, out var phone, out var error).ShouldBeFalse();
        phone.ShouldBe(default);
        error.ShouldNotBeNull().Code.ShouldBe(expectedCode);
    }

    [Fact]
    public void Default_value_is_empty()
    {
        default(PhoneNumber).Value.ShouldBeEmpty();
        default(PhoneNumber).Masked.ShouldBeEmpty();
    }
}
