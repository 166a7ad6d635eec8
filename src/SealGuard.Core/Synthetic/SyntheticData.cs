using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using SealGuard.Core.Codes;

namespace SealGuard.Core.Synthetic;

/// <summary>
/// Deterministic synthetic data for demos and load tests: names, identity numbers, phone numbers, credit codes,
/// organization and shop names, addresses. The same seed gives the same sequence of values. Every value is made up
/// (never taken from real people or companies); identity numbers and credit codes carry valid check characters.
/// Not thread-safe: use one instance per thread.
/// </summary>
[SuppressMessage("Security", "CA5394:Do not use insecure randomness", Justification = "Reproducible demo data, not security.")]
public sealed class SyntheticData
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    ];

    private static readonly string[] GivenNameCharacters =
    [
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平",
        "刚", "桂", "英", "华", "玉", "兰", "文", "辉", "建", "国", "红", "梅", "鑫", "波", "斌", "宇", "浩", "凯", "晨", "欣",
        "雪", "琳", "婷", "慧", "俊", "鹏", "飞", "海", "峰", "亮", "志", "新", "春", "燕", "云", "佳", "子", "思", "嘉", "博",
    ];

    /// <summary>Single characters that combine into plausible two-character trade names (字号).</summary>
    private static readonly string[] TradeNameCharacters =
    [
        "华", "鑫", "恒", "泰", "盛", "源", "达", "通", "隆", "兴", "博", "瑞", "祥", "丰", "宏", "远", "嘉", "和", "润", "信",
        "诚", "德", "锦", "宇", "安", "康", "益", "汇", "骏", "晟", "永", "金", "昌", "茂", "凯", "鼎", "裕", "龙", "豫", "牧",
    ];

    private static readonly string[] Industries =
    [
        "商贸", "建筑工程", "机械制造", "农业科技", "餐饮管理", "物流", "电子科技", "医药", "文化传媒", "建材",
    ];

    private static readonly string[] IndividualShopKinds =
    [
        "便利店", "小吃店", "五金店", "理发店", "烟酒店", "水果店", "日用品店", "家电维修部", "服装店", "早餐店", "粮油店", "副食店",
    ];

    private static readonly string[] ChineseNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];

    private static readonly string[] NumberedInstitutions = ["实验小学", "中学", "小学", "幼儿园", "人民医院", "高级中学"];

    private static readonly string[] NamedInstitutions =
    [
        "中心医院", "中医院", "妇幼保健院", "疾病预防控制中心", "公共就业服务中心", "农业技术推广站", "水利工程管理处", "图书馆",
        "档案馆", "社会福利院", "职业技术学校", "城市管理服务中心", "不动产登记中心", "政务服务中心", "青少年活动中心", "群众艺术馆",
    ];

    private static readonly string[] Associations =
    [
        "摄影家协会", "书法家协会", "作家协会", "音乐家协会", "美术家协会", "企业家协会", "个体劳动者协会", "餐饮行业协会",
        "建筑业协会", "物流协会", "老年体育协会", "志愿者协会", "青年企业家协会", "太极拳协会", "收藏家协会", "会计学会",
        "医学会", "农学会", "计算机学会", "浙江商会", "福建商会", "温州商会",
    ];

    private static readonly string[] Roads =
    [
        "人民路", "建设路", "胜利路", "和平路", "自由路", "解放大道", "平原路", "金穗大道", "新中大道", "牧野大道", "华兰大道",
        "宏力大道", "向阳路", "东大街", "西大街", "劳动街", "健康路", "新飞大道", "东明大道", "友谊路", "卫河路", "文化路",
    ];

    /// <summary>Mobile number prefixes (号段) in the 13x–19x ranges.</summary>
    private static readonly string[] MobilePrefixes =
    [
        "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152", "153", "155", "156",
        "157", "158", "159", "166", "173", "175", "176", "177", "178", "180", "181", "182", "183", "184", "185", "186",
        "187", "188", "189", "191", "198", "199",
    ];

    /// <summary>Creates a generator whose output depends only on <paramref name="seed"/>.</summary>
    public SyntheticData(int seed) => Random = new Random(seed);

    /// <summary>The underlying deterministic random number generator, for callers that need more choices.</summary>
    public Random Random { get; }

    /// <summary>A person name: a common surname and one or two common given-name characters, e.g. 王丽华.</summary>
    public string PersonName()
    {
        var surname = Pick(Surnames);
        var given = Pick(GivenNameCharacters);
        return Random.Next(10) < 7 ? surname + given + Pick(GivenNameCharacters) : surname + given;
    }

    /// <summary>
    /// A valid 18-character identity number for <paramref name="areaCode"/> with a birth date making the person
    /// <paramref name="minAge"/> to <paramref name="maxAge"/> years old on <paramref name="today"/> (default: today in China)
    /// and a random sex.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="areaCode"/> is not six digits.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The age range is negative or reversed.</exception>
    public Codes.IdNumber IdNumber(string areaCode, int minAge = 18, int maxAge = 70, DateOnly? today = null)
    {
        RequireSixDigits(areaCode, nameof(areaCode));
        ArgumentOutOfRangeException.ThrowIfNegative(minAge);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAge, minAge);

        var day = today ?? ChinaTime.Today(TimeProvider.System);
        var latest = day.AddYears(-minAge);
        var earliest = day.AddYears(-maxAge - 1).AddDays(1);
        var birth = earliest.AddDays(Random.Next(latest.DayNumber - earliest.DayNumber + 1));

        // Sequence 001–999; odd = male, even = female.
        var sequence = Random.Next(1, 1000);
        var first17 = string.Concat(
            areaCode,
            birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            sequence.ToString("000", CultureInfo.InvariantCulture));
        return Codes.IdNumber.Parse(first17 + Codes.IdNumber.ComputeCheckCharacter(first17), day);
    }

    /// <summary>A mobile number in the 13x–19x ranges.</summary>
    public PhoneNumber MobilePhone()
    {
        var builder = new StringBuilder(Pick(MobilePrefixes), 11);
        for (var i = 0; i < 8; i++)
        {
            builder.Append((char)('0' + Random.Next(10)));
        }

        return PhoneNumber.Parse(builder.ToString());
    }

    /// <summary>
    /// A valid credit code: <paramref name="department"/> + <paramref name="category"/> + <paramref name="registrationDivision"/>
    /// + a random 8-character organization-code body (mostly digits, sometimes letters of the GB 32100 set)
    /// + the GB 11714 check character + the GB 32100 check character.
    /// </summary>
    /// <exception cref="ArgumentException">The division is not six digits, or a code character is not in the GB 32100 set.</exception>
    public Codes.CreditCode CreditCode(string registrationDivision, char department = '9', char category = '1')
    {
        RequireSixDigits(registrationDivision, nameof(registrationDivision));
        if (!Codes.CreditCode.Charset.Contains(department, StringComparison.Ordinal))
        {
            throw new ArgumentException("The department code must be a GB 32100 character.", nameof(department));
        }

        if (!Codes.CreditCode.Charset.Contains(category, StringComparison.Ordinal))
        {
            throw new ArgumentException("The category code must be a GB 32100 character.", nameof(category));
        }

        Span<char> body = stackalloc char[8];
        for (var i = 0; i < body.Length; i++)
        {
            // Real organization-code bodies are mostly digits; letters must also be valid GB 32100 characters.
            body[i] = Random.Next(8) == 0
                ? Codes.CreditCode.Charset[Random.Next(10, Codes.CreditCode.Charset.Length)]
                : (char)('0' + Random.Next(10));
        }

        var first17 = string.Concat(
            [department, category],
            registrationDivision,
            body,
            [OrganizationCode.ComputeCheckCharacter(body)]);
        return Codes.CreditCode.Parse(first17 + Codes.CreditCode.ComputeCheckCharacter(first17));
    }

    /// <summary>An enterprise name, e.g. 新乡市恒泰商贸有限公司.</summary>
    public string CompanyName(string cityName) => cityName + TradeName() + Pick(Industries) + "有限公司";

    /// <summary>An individual business (个体工商户) name, e.g. 红旗区王丽便利店.</summary>
    public string IndividualBusinessName(string countyName, string ownerName) => countyName + ownerName + Pick(IndividualShopKinds);

    /// <summary>A public institution (事业单位) name, e.g. 新乡市第三实验小学 or 新乡市疾病预防控制中心.</summary>
    public string PublicInstitutionName(string cityName) =>
        Random.Next(2) == 0
            ? cityName + "第" + Pick(ChineseNumerals) + Pick(NumberedInstitutions)
            : cityName + Pick(NamedInstitutions);

    /// <summary>A social organization (社会团体) name, e.g. 新乡市摄影家协会.</summary>
    public string SocialOrganizationName(string cityName) => cityName + Pick(Associations);

    /// <summary>An engraving shop name, e.g. 红旗区鑫源刻章店.</summary>
    public string ShopName(string countyName) => countyName + TradeName() + "刻章店";

    /// <summary>A street address in the county, e.g. 河南省新乡市红旗区人民路123号.</summary>
    public string Address(string countyFullName) =>
        countyFullName + Pick(Roads) + Random.Next(1, 400).ToString(CultureInfo.InvariantCulture) + "号";

    private static void RequireSixDigits(string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(value, parameterName);
        if (value.Length != 6 || !value.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A division code must be six digits.", parameterName);
        }
    }

    private string TradeName()
    {
        var first = Random.Next(TradeNameCharacters.Length);
        var second = (first + Random.Next(1, TradeNameCharacters.Length)) % TradeNameCharacters.Length;
        return TradeNameCharacters[first] + TradeNameCharacters[second];
    }

    private string Pick(string[] items) => items[Random.Next(items.Length)];
}
