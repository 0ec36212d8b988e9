using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SkipNet.Checker.Reading;

namespace SkipNet.Checker.Tests;

/// <summary>Generated text never makes the loader fail in any way but a one-line <see cref="InputError"/>.</summary>
public sealed class LoaderFuzzProperties
{
    private static readonly string[] Fragments =
    [
        "given:", " {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1}", "values:", "formulas:", "aliases:",
        "\n", "  ", "z0: ", "dL/dw0: ", "\"", "'", "[", "]", "{", "}", ",", ":", "-", "&a ", "*a", "!!str ", "#",
        "1", "0.5", "1e999", ".nan", "x * (", ")", "? :", "\t", "\u0000", "é", "w5: w3", "---", "...", "|", ">",
    ];

    private static readonly Arbitrary<string> DerivationLikeText =
        Gen.ArrayOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property Load_AnyText_IsASubmissionOrAnInputError() =>
        Prop.ForAll(DerivationLikeText, text =>
        {
            try
            {
                SubmissionLoader.Load(text, "fuzz.yaml");
                return true;
            }
            catch (InputError e)
            {
                return !e.Message.Contains('\n') && e.Message.StartsWith("fuzz.yaml", StringComparison.Ordinal);
            }
        });
}
