using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Reading.Documents;

namespace SkipNet.Checker.Tests.Check;

/// <summary>No document makes the reader or the judge throw anything but an <see cref="InputError"/> (exit 2, one line).</summary>
public sealed class DocumentReaderFuzzProperties
{
    private static readonly string[] Fragments =
    [
        "$", "$$", "\n", "\\[", "\\]", "\\(", "\\)", "\\begin{align*}", "\\end{align*}", "\\begin{cases}", "\\end{cases}", "\\\\", "&",
        "z_0", "w_5", "x_1", "\\hat{y}", "L", "=", "\\frac{\\partial L}{\\partial w_0}", "\\frac{dL}{dy}", "\\frac{", "}{", "}", "{",
        "0.5", "-1", "\\cdot", "+", "|", "\\left|", "\\right|", "\\text{because }", "g_0(", ")", "(", "> 0", "\\le", "---\n", "given: {x: 1}\n",
        "%", "\\quad", "w_2 = w_2 - \\alpha \\cdot", "\\underline{", "\0", "é", "\uD800", "```\n", "<script>",
        "z", "h", "\\delta", "\\operatorname{LeakyReLU}(", "w_0'", "\\hat{y}'", "L'", "\\tanh", "\\sigma(",
    ];

    private static readonly Arbitrary<string> AnyDocument =
        Gen.ArrayOf(Gen.Elements(Fragments)).Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 1000, QuietOnSuccess = true)]
    public Property ReadAndJudge_AnyText_GivesAReportOrAnInputError() =>
        Prop.ForAll(AnyDocument, Gen.Elements(".md", ".tex").ToArbitrary(), (text, extension) =>
        {
            try
            {
                var document = DocumentReader.Read(text, "fuzz" + extension, null);
                var report = DerivationCheck.Run(document, 20, 1);
                return report.Steps.Count == document.Steps.Count;
            }
            catch (InputError error)
            {
                return !error.Message.Contains('\n');
            }
        });
}
