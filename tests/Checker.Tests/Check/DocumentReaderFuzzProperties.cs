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
        "z", "h", "\\delta", "\\operatorname{LeakyReLU}(", "w_0'", "\\hat{y}'", "L'", "\\tanh", "\\sigma(", "\\max(", ",", "\\alpha", "h_0",
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

    // Every name a derivation may write, whatever it resolves to: inputs, forward values, gradients, local partials, the
    // update and the second pass, the given's constants and the activation's own letters.
    private static readonly string[] WrittenNames =
    [
        "x", "y", "w_0", "w_3", "z_0", "h_0", "z_1", "h_1", "z_2", "\\hat{y}", "L", "w_0'", "\\hat{y}'", "L'", "z", "h",
        "\\alpha", "\\eta", "\\delta", "\\frac{\\partial L}{\\partial w_0}", "\\frac{\\partial L}{\\partial z_1}",
        "\\frac{dL}{dy}", "\\frac{\\partial z_2}{\\partial h_1}", "0.5", "-1", "2",
    ];

    private static readonly string[] Subjects = ["z_0", "h_1", "\\hat{y}", "L", "\\frac{\\partial L}{\\partial w_2}", "w_0", "L'"];

    // A well-formed expression over the written names: sums, products, quotients, max, |·|, powers and the activation.
    private static Gen<string> Expression(int size) => size <= 0
        ? Gen.Elements(WrittenNames)
        : Gen.OneOf(
            Gen.Elements(WrittenNames),
            from left in Expression(size / 2)
            from op in Gen.Elements(" + ", " - ", " \\cdot ")
            from right in Expression(size / 2)
            select left + op + right,
            Gen.Zip(Expression(size / 2), Expression(size / 2)).Select(t => $"\\max({t.Item1}, {t.Item2})"),
            Gen.Zip(Expression(size / 2), Expression(size / 2)).Select(t => $"\\frac{{{t.Item1}}}{{{t.Item2}}}"),
            Expression(size / 2).Select(e => $"|{e}|"),
            Expression(size / 2).Select(e => $"({e})^2"),
            Expression(size / 2).Select(e => $"g_0({e})"));

    // One to four chains "subject = expression [= number]", one display a paragraph.
    private static readonly Gen<string> AnyChain =
        from subject in Gen.Elements(Subjects)
        from expression in Expression(8)
        from value in Gen.Elements("", " = 0.5", " = -0.75")
        select $"$${subject} = {expression}{value}$$";

    private static readonly Arbitrary<string> AnyWellFormedDerivation = (
            from count in Gen.Choose(1, 4)
            from chains in AnyChain.ArrayOf(count)
            select string.Join("\n\n", chains))
        .ToArbitrary();

    [Property(MaxTest = 300, QuietOnSuccess = true)]
    public Property ReadAndJudge_AnyWellFormedDerivation_GivesAReport() =>
        Prop.ForAll(AnyWellFormedDerivation, text =>
        {
            var document = DocumentReader.Read(text, "fuzz.md", null);
            return DerivationCheck.Run(document, 20, 1).Steps.Count == document.Steps.Count;
        });
}
