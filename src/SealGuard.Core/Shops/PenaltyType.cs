namespace SealGuard.Core.Shops;

/// <summary>
/// 行政处罚种类 the police impose on engraving shops and their staff: 《行政处罚法》 art. 9 and 《治安管理处罚法》
/// (art. 52: detention and fines for forged seals); Chinese names in <c>UiText.resx</c> (<c>PenaltyType.*</c>).
/// </summary>
public enum PenaltyType
{
    /// <summary>警告.</summary>
    Warning = 1,

    /// <summary>罚款: the amount is required.</summary>
    Fine = 2,

    /// <summary>没收违法所得: the amount confiscated, when known.</summary>
    ConfiscateIllegalGains = 3,

    /// <summary>停业整顿 (责令停产停业): the shop is suspended from the first to the last day of the period. Shops only.</summary>
    SuspendBusiness = 4,

    /// <summary>吊销许可证件. Shops only.</summary>
    RevokeLicence = 5,

    /// <summary>行政拘留. Staff only: a person is detained, not a business.</summary>
    Detention = 6,
}
