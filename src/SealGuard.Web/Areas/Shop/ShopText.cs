namespace SealGuard.Web.Areas.Shop;

/// <summary>Marker for the shop terminal's UI strings (<c>Areas/Shop/ShopText.resx</c>; the neutral culture is zh-CN).</summary>
public sealed class ShopText;
