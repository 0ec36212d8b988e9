using SkipNet.Checker.Solve;

namespace SkipNet.Checker.Reading;

/// <summary>A given whose worked solution overflows double is unusable input, for every command that takes one.</summary>
public static class OverflowGuard
{
    /// <summary>The given, or an <see cref="InputError"/> at <paramref name="place"/> naming the first value that is not finite.</summary>
    public static Given Checked(Given given, SourcePlace place) =>
        AnswerSheet.For(given).FirstNonFinite() is { } overflowed
            ? throw new InputError(place, $"these numbers overflow double: {overflowed} is not finite")
            : given;
}
