namespace SealGuard.Web.Tests.Infrastructure.Imaging;

/// <summary>One IFD entry for <see cref="TiffTestStructure"/>: SHORT (3), LONG (4) or RATIONAL (5).</summary>
internal readonly record struct TiffTestField(ushort Tag, ushort Type, uint Value, uint Denominator = 1)
{
    public static TiffTestField Short(ushort tag, ushort value) => new(tag, 3, value);

    public static TiffTestField Long(ushort tag, uint value) => new(tag, 4, value);

    public static TiffTestField Rational(ushort tag, uint numerator, uint denominator) => new(tag, 5, numerator, denominator);
}
