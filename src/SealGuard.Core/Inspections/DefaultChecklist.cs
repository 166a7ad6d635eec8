namespace SealGuard.Core.Inspections;

/// <summary>
/// The check-list a new deployment starts with, drawn from the 2024-12-06 revision of 《印铸刻字业暂行管理规则》 (art. 3:
/// the shop's filing and what it files), 国发〔2017〕7号 (filing of each seal) and the record-keeping duties the local
/// rules add (docs: shared/reference/standards.md §6). PoliceAdmin edits it like any other template.
/// </summary>
public static class DefaultChecklist
{
    /// <summary>Fixed, so two instances starting together cannot both seed it (the lineage and number are unique).</summary>
    public static readonly Guid Lineage = new("01900000-0000-7000-8000-00000000c11a");

    public const string Name = "公章刻制业治安管理监督检查表";

    private const string Rules = "《印铸刻字业暂行管理规则》";

    public static readonly IReadOnlyList<ChecklistItemText> Items =
    [
        new("取得营业执照后 5 日内已向所在地县级公安机关备案，备案信息与实际经营情况一致", Rules + "第三条（2024年修订）"),
        new("法定代表人、经营负责人及从业人员身份证件齐全，从业人员均已登记备案", Rules + "第三条第（二）项"),
        new("经营场所安全防范设施与备案平面图一致（单独刻制间、成品印章保管库房或保险柜）", Rules + "第三条第（三）项"),
        new("公章刻制和信息备案设备与备案清单一致，采集、上传设备正常使用", Rules + "第三条第（四）项"),
        new("内部管理制度和安全制度健全并落实到人", Rules + "第三条第（五）项"),
        new("刻制前查验用章单位证明材料和经办人身份证件，非法定代表人办理的查验授权委托书", "国发〔2017〕7号；本省公章刻制业治安管理规定"),
        new("刻制后及时将用章单位、申请人、印模等信息报公安机关备案", "国发〔2017〕7号"),
        new("营业登记簿逐项登记委托单位、经办人、印章名称式样规格，并按期保存", Rules + "（营业登记簿）；本省公章刻制业治安管理规定"),
        new("遗失补刻查验登报作废声明；作废章坯由专人负责销毁", "本省公章刻制业治安管理规定"),
        new("超过 3 个月无人领取的印章已登记造册并交原备案公安机关", "本省公章刻制业治安管理规定"),
        new("发现伪造、变造印章或可疑情况及时报告公安机关", Rules + "；《中华人民共和国治安管理处罚法》第五十二条"),
    ];

    public static ChecklistTemplate Create(string createdBy, DateTime createdAt) => ChecklistTemplate.Create(Name, Items, createdBy, createdAt, Lineage);
}
