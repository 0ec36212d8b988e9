using FsCheck;

namespace SkipNet.Checker;

/// <summary>FsCheck's random state for a user's seed, so that a run with the same --seed draws the same points.</summary>
public static class SeededRnd
{
    /// <summary>Gamma of FsCheck's SplitMix generator: any odd number; the golden ratio in 64 bits.</summary>
    private const ulong Gamma = 0x9E3779B97F4A7C15;

    /// <summary>The state for <paramref name="seed"/>.</summary>
    public static Rnd For(ulong seed) => new(seed, Gamma);

    /// <summary>
    /// The state for item <paramref name="index"/> of the stream <paramref name="seed"/>: SplitMix64's finaliser of
    /// seed + index·γ, so that neighbouring items start far apart and an item depends on (seed, index) alone.
    /// </summary>
    public static Rnd For(ulong seed, long index)
    {
        var z = seed + (ulong)index * Gamma;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
        return For(z ^ (z >> 31));
    }
}
