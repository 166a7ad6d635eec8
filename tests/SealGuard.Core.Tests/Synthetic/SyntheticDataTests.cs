using SealGuard.Core.Codes;
using SealGuard.Core.Synthetic;

namespace SealGuard.Core.Tests.Synthetic;

public class SyntheticDataTests
{
    private static readonly DateOnly Today = new(2025, 6, 15);

    [Fact]
    public void The_same_seed_gives_the_same_sequence()
    {
        Sample(new SyntheticData(42)).ShouldBe(Sample(new SyntheticData(42)));
    }

    [Fact]
    public void Different_seeds_give_different_sequences()
    {
        Sample(new SyntheticData(1)).ShouldNotBe(Sample(new SyntheticData(2)));
    }

    [Fact]
    public void Person_names_are_valid_chinese_names()
    {
        var data = new SyntheticData(7);
        for (var i = 0; i < 200; i++)
        {
            var name = data.PersonName();
            name.Length.ShouldBeInRange(2, 3);
            PersonNames.TryNormalize(name, out var normalized, out var error).ShouldBeTrue(error?.Message);
            normalized.ShouldBe(name);
        }
    }

    [Fact]
    public void Id_numbers_parse_back_with_the_area_and_an_age_in_range()
    {
        var data = new SyntheticData(11);
        var sexes = new HashSet<bool>();
        for (var i = 0; i < 300; i++)
        {
            var id = data.IdNumber("410702", 18, 70, Today);

            IdNumber.TryParse(id.Value, Today, out var parsed, out var error).ShouldBeTrue(error?.Message);
            parsed.ShouldBe(id);
            id.Value[..6].ShouldBe("410702");
            id.BirthDate.ShouldBeLessThanOrEqualTo(Today.AddYears(-18));
            id.BirthDate.ShouldBeGreaterThan(Today.AddYears(-71));
            sexes.Add(id.IsMale);
        }

        sexes.Count.ShouldBe(2);
    }

    [Fact]
    public void An_exact_age_is_possible()
    {
        var data = new SyntheticData(3);
        for (var i = 0; i < 50; i++)
        {
            var birth = data.IdNumber("410702", 30, 30, Today).BirthDate;
            birth.ShouldBeLessThanOrEqualTo(Today.AddYears(-30));
            birth.ShouldBeGreaterThan(Today.AddYears(-31));
        }
    }

    [Fact]
    public void Id_number_rejects_bad_arguments()
    {
        var data = new SyntheticData(1);
        Should.Throw<ArgumentException>(() => data.IdNumber("4107"));
        Should.Throw<ArgumentOutOfRangeException>(() => data.IdNumber("410702", 30, 20));
    }

    [Fact]
    public void Mobile_phones_parse_back_in_the_13x_to_19x_ranges()
    {
        var data = new SyntheticData(5);
        for (var i = 0; i < 200; i++)
        {
            var phone = data.MobilePhone();

            PhoneNumber.TryParse(phone.Value, out var parsed, out _).ShouldBeTrue();
            parsed.ShouldBe(phone);
            phone.IsMobile.ShouldBeTrue();
            phone.Value[1].ShouldBeInRange('3', '9');
        }
    }

    [Theory]
    [InlineData("410700", '9', '1')]
    [InlineData("410702", '9', '2')]
    [InlineData("410700", '1', '2')]
    [InlineData("410700", '5', '1')]
    public void Credit_codes_are_fully_valid(string division, char department, char category)
    {
        var data = new SyntheticData(9);
        var sawLetter = false;
        for (var i = 0; i < 300; i++)
        {
            var code = data.CreditCode(division, department, category);

            CreditCode.TryParse(code.Value, out var parsed, out var error).ShouldBeTrue(error?.Message);
            parsed.ShouldBe(code);
            code.Value[0].ShouldBe(department);
            code.Value[1].ShouldBe(category);
            code.RegistrationDivision.ShouldBe(division);
            OrganizationCode.TryParse(code.OrganizationCode.Value, out _, out _).ShouldBeTrue();
            sawLetter |= code.Value[8..16].Any(char.IsAsciiLetter);
        }

        sawLetter.ShouldBeTrue();
    }

    [Fact]
    public void Credit_code_rejects_bad_arguments()
    {
        var data = new SyntheticData(1);
        Should.Throw<ArgumentException>(() => data.CreditCode("41070"));
        Should.Throw<ArgumentException>(() => data.CreditCode("410700", 'Z'));
        Should.Throw<ArgumentException>(() => data.CreditCode("410700", '9', 'I'));
    }

    [Fact]
    public void Names_follow_the_demo_patterns()
    {
        var data = new SyntheticData(13);
        string[] industries = ["商贸", "建筑工程", "机械制造", "农业科技", "餐饮管理", "物流", "电子科技", "医药", "文化传媒", "建材"];
        for (var i = 0; i < 100; i++)
        {
            var company = data.CompanyName("新乡市");
            company.ShouldStartWith("新乡市");
            company.ShouldEndWith("有限公司");
            var middle = company["新乡市".Length..^"有限公司".Length];
            industries.ShouldContain(ind => middle.Length == 2 + ind.Length && middle.EndsWith(ind, StringComparison.Ordinal), company);
            middle[0].ShouldNotBe(middle[1], company);

            var shop = data.ShopName("红旗区");
            shop.ShouldMatch("^红旗区..刻章店$");

            var individual = data.IndividualBusinessName("红旗区", "王丽");
            individual.ShouldStartWith("红旗区王丽");
            individual.ShouldMatch("(店|部)$");

            data.PublicInstitutionName("新乡市").ShouldMatch("^新乡市.{2,}$");
            data.SocialOrganizationName("新乡市").ShouldMatch("^新乡市.+(协会|学会|商会)$");
            data.Address("河南省新乡市红旗区").ShouldMatch("^河南省新乡市红旗区.+(路|街|大道)[1-9][0-9]{0,2}号$");
        }
    }

    [Fact]
    public void The_random_property_is_the_underlying_generator()
    {
        var a = new SyntheticData(99);
        var b = new SyntheticData(99);
        a.Random.Next().ShouldBe(b.Random.Next());
        a.PersonName().ShouldBe(b.PersonName());
    }

    private static List<string> Sample(SyntheticData data)
    {
        var values = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var person = data.PersonName();
            values.Add(person);
            values.Add(data.IdNumber("410702", today: Today).Value);
            values.Add(data.MobilePhone().Value);
            values.Add(data.CreditCode("410700").Value);
            values.Add(data.CompanyName("新乡市"));
            values.Add(data.IndividualBusinessName("红旗区", person));
            values.Add(data.PublicInstitutionName("新乡市"));
            values.Add(data.SocialOrganizationName("新乡市"));
            values.Add(data.ShopName("卫滨区"));
            values.Add(data.Address("河南省新乡市红旗区"));
        }

        return values;
    }
}
