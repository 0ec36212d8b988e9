namespace SkipNet.Points;

/// <summary>
/// The distribution of <see cref="Generators.AnyPoint"/> (three points in four from <see cref="Generators.AnyPointGen"/>,
/// one in four on a kink of each kind alike) drawn straight from a SplitMix64 stream, for campaigns of millions of
/// points: FsCheck's generators cost tens of microseconds a point, this about a hundred nanoseconds. Point i is a
/// function of (seed, i) alone, so a campaign's points do not depend on how it is split between threads.
/// </summary>
/// <remarks>
/// Log-uniform numbers are ±10^u with u uniform on 2¹⁶ levels in [−6, 6), read from two tables of 256 powers of ten
/// (10^(−6 + 12·k/2⁸) · 10^(12·j/2¹⁶)), not FsCheck's 2³⁰ levels: one product instead of a call to Math.Pow.
/// </remarks>
public static class SeededPoints
{
    // SplitMix64's increment, the golden ratio in 64 bits: odd, and spreads consecutive indices over the seed space.
    private const ulong Golden = 0x9E3779B97F4A7C15;

    private static readonly double[] CoarsePowers = [.. Enumerable.Range(0, 256).Select(k => Math.Pow(10, -6 + 12.0 * k / 256))];
    private static readonly double[] FinePowers = [.. Enumerable.Range(0, 256).Select(j => Math.Pow(10, 12.0 * j / 65536))];

    /// <summary>Point number <paramref name="index"/> of the stream <paramref name="seed"/>.</summary>
    /// <remarks>
    /// Three draws of 64 bits: the first chooses the style, whether the point is on a kink and which; the other two
    /// give three coordinates each, 21 bits apiece.
    /// </remarks>
    public static Coordinates At(ulong seed, long index)
    {
        var state = seed + (ulong)index * Golden;
        var choice = Next(ref state);
        var style = (int)Below(choice >> 2, 3);   // all exercise numbers, all log-uniform, or mixed
        var (first, second) = (Next(ref state), Next(ref state));
        var point = new Coordinates(
            Number(first, style), Number(first >> 21, style), Number(first >> 42, style),
            Number(second, style), Number(second >> 21, style), Number(second >> 42, style));
        return (choice & 3) == 3                     // one point in four on a kink
            ? KinkPlacement.OnKink(point, (int)Below(choice >> 34, KinkPlacement.Kinds))
            : point;
    }

    // From the low 21 bits. Style 0: an exercise number k/4, k in −12..12 (bits 0..15). Style 1: a log-uniform number
    // ±10^u (u from bits 0..15, the sign from bit 16). Style 2: either, by bit 20.
    private static double Number(ulong bits, int style)
    {
        if (style == 0 || (style == 2 && ((bits >> 20) & 1) == 0))
        {
            return ((int)(((bits & 0xFFFF) * 25) >> 16) - 12) / 4.0;
        }

        var magnitude = CoarsePowers[(bits >> 8) & 255] * FinePowers[bits & 255];
        return ((bits >> 16) & 1) == 0 ? magnitude : -magnitude;
    }

    // An integer uniform in 0 … n − 1 from the low 30 bits, by multiplication (Lemire 2019) rather than division.
    private static ulong Below(ulong bits, ulong n) => ((bits & 0x3FFF_FFFF) * n) >> 30;

    // SplitMix64 (Steele, Lea & Flood 2014): advance by the golden increment, then mix.
    private static ulong Next(ref ulong state)
    {
        var z = state += Golden;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return z ^ (z >> 31);
    }
}
