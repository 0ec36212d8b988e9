using System.Text.RegularExpressions;
using SkipNet.Checker.Solve;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Tests.Formulas.Latex;

/// <summary>Real math: the spans of the worked example submission and the rows of LaTeX answer sheets.</summary>
internal static partial class RealEquations
{
    /// <summary>The worked example submission as handed in (a copy of /work/shared/examples/worked-example-submission.md).</summary>
    public static string Submission { get; } = ReadResource("SkipNet.Checker.Tests.worked-example-submission.md");

    /// <summary>What stands between <c>$$…$$</c> or <c>$…$</c> in the submission, in order.</summary>
    public static IReadOnlyList<string> SubmissionSpans { get; } =
        [.. MathSpan().Matches(Submission).Select(match => match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value)];

    /// <summary>The variants whose sheets are read back: every activation with every loss it is shown with.</summary>
    public static IReadOnlyList<Variant> Variants { get; } =
    [
        Variant.Exercise,
        new(Activation.Tanh, LossFunction.Squared),
        new(Activation.Sigmoid, LossFunction.Huber(1)),
        new(Activation.LeakyRelu(0.01), LossFunction.L1),
        new(Activation.Softplus, LossFunction.Huber(4)),
        new(Activation.Identity, LossFunction.Huber(0.5)),
    ];

    /// <summary>Each align row and inline span of <c>skipnet solve --format latex</c> for <see cref="Variants"/>.</summary>
    public static IReadOnlyList<string> SheetRows { get; } = [.. Variants.SelectMany(variant => RowsOf(AnswerSheetRenderer.Latex(
        AnswerSheet.For(Given.WorkedExample with { Variant = variant }))))];

    public static IEnumerable<string> All => SubmissionSpans.Concat(SheetRows);

    /// <summary>The rows of every align* environment, and every $…$ outside them.</summary>
    public static IEnumerable<string> RowsOf(string latex) =>
        Align().Matches(latex).SelectMany(align => align.Groups[1].Value.Split(@"\\" + "\n"))
            .Concat(MathSpan().Matches(Align().Replace(latex, "")).Select(match => match.Groups[2].Value));

    private static string ReadResource(string name)
    {
        using var stream = typeof(RealEquations).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\$\$(.+?)\$\$|\$(.+?)\$", RegexOptions.Singleline)]
    private static partial Regex MathSpan();

    [GeneratedRegex(@"\\begin\{align\*\}\n(.*?)\n\\end\{align\*\}", RegexOptions.Singleline)]
    private static partial Regex Align();
}
