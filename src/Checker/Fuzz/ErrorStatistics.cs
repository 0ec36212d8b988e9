namespace SkipNet.Checker.Fuzz;

/// <summary>
/// The count, maximum (with where it was met) and a histogram of relative errors, in constant memory however many
/// errors are added: a campaign of 10⁸ cases makes 5·10⁸ of them.
/// </summary>
/// <remarks>
/// Bins are the top 16 bits of the error's IEEE representation (sign, 11 exponent bits, 4 mantissa bits): each
/// bin spans a sixteenth of its octave [2^e, 2^(e+1)), so a percentile read from it is an upper bound within 6.25 % of the
/// exact one. Bin 0 holds exact zeros (and subnormal errors, below 2⁻¹⁰²², read as 0).
/// </remarks>
public sealed class ErrorStatistics
{
    private readonly long[] _bins = new long[1 << 16];

    /// <summary>How many errors were added.</summary>
    public long Count { get; private set; }

    /// <summary>The largest error; −1 before any was added.</summary>
    public double Max { get; private set; } = -1;

    /// <summary>Where the largest error was met: the lowest slot among ties, so the result does not depend on order.</summary>
    public long WorstSlot { get; private set; } = -1;

    public void Add(double error, long slot)
    {
        _bins[Bin(error)]++;
        Count++;
        if (error > Max || (error == Max && slot < WorstSlot))
        {
            (Max, WorstSlot) = (error, slot);
        }
    }

    /// <summary>Adds <paramref name="count"/> errors of exactly zero, the first at <paramref name="slot"/>.</summary>
    public void AddZeros(int count, long slot)
    {
        _bins[0] += count;
        Count += count;
        if (Max < 0 || (Max == 0 && slot < WorstSlot))
        {
            (Max, WorstSlot) = (0, slot);
        }
    }

    /// <summary>Adds another's errors to these: order does not matter.</summary>
    public void Merge(ErrorStatistics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _bins.Length; i++)
        {
            _bins[i] += other._bins[i];
        }

        Count += other.Count;
        if (other.Max > Max || (other.Max == Max && other.WorstSlot < WorstSlot))
        {
            (Max, WorstSlot) = (other.Max, other.WorstSlot);
        }
    }

    /// <summary>
    /// An upper bound on the q-quantile (the ⌈q·n⌉-th smallest error): the top of its bin, or the maximum if smaller;
    /// 0 if no error was added.
    /// </summary>
    public double Quantile(double q)
    {
        var rank = (long)Math.Ceiling(q * Count);
        long seen = 0;
        for (var bin = 0; bin < _bins.Length; bin++)
        {
            seen += _bins[bin];
            if (seen >= rank && seen > 0)
            {
                return bin == 0 ? 0 : Math.Min(BitConverter.Int64BitsToDouble((long)(bin + 1) << 48), Max);
            }
        }

        return 0;
    }

    private static int Bin(double error) => (int)((ulong)BitConverter.DoubleToInt64Bits(error) >> 48);
}
