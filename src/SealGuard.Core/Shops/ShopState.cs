namespace SealGuard.Core.Shops;

/// <summary>An engraving shop's standing with the police: set by an officer (<see cref="EngravingShop.ChangeState"/>), or Suspended for the period of a 停业整顿 penalty.</summary>
public enum ShopState
{
    /// <summary>正常: the shop takes intakes and works seals.</summary>
    Normal = 1,

    /// <summary>暂停营业: no intakes and no seal work until police restore it.</summary>
    Suspended = 2,

    /// <summary>已注销: final; the shop's records stay for supervision.</summary>
    Closed = 3,
}
