using System.Text;
using System.Text.RegularExpressions;
using static SkipNet.Checker.Numbers;

namespace SkipNet.Checker.Solve;

/// <summary>Prints an answer sheet as plain text, Markdown or LaTeX; the same steps in each.</summary>
public static partial class AnswerSheetRenderer
{
    public static string Text(AnswerSheet sheet)
    {
        var text = new StringBuilder();
        text.AppendLine("SkipNet: the worked solution").AppendLine(GivenLine(sheet.Given));
        if (Definition(sheet) is { } definition)
        {
            text.AppendLine(definition);
        }

        foreach (var section in SheetSteps.Of(sheet))
        {
            text.AppendLine().AppendLine(section.Title);
            var width = section.Steps.Max(step => step.Symbol.Length);
            foreach (var step in section.Steps)
            {
                var working = step.Working is { } w ? $" = {w}" : "";
                text.AppendLine($"  {step.Symbol.PadRight(width)} = {step.Formula}{working} = {Format(step.Value)}");
            }
        }

        return text.AppendLine().AppendLine(KinkLine(sheet)).ToString();
    }

    public static string Markdown(AnswerSheet sheet)
    {
        var text = new StringBuilder();
        text.AppendLine("# SkipNet: the worked solution").AppendLine().AppendLine(GivenLine(sheet.Given));
        if (Definition(sheet) is { } definition)
        {
            text.AppendLine().AppendLine(definition);
        }

        foreach (var section in SheetSteps.Of(sheet))
        {
            text.AppendLine().AppendLine($"## {section.Title}").AppendLine()
                .AppendLine("| value | formula | with numbers | result |").AppendLine("| --- | --- | --- | --- |");
            foreach (var step in section.Steps)
            {
                text.AppendLine($"| {Cell(step.Symbol)} | {Cell(step.Formula)} | {Cell(step.Working ?? "")} | {Format(step.Value)} |");
            }
        }

        return text.AppendLine().AppendLine(KinkLine(sheet)).ToString();

        static string Cell(string content) => content.Replace("|", "\\|", StringComparison.Ordinal);
    }

    public static string Latex(AnswerSheet sheet)
    {
        var text = new StringBuilder();
        text.AppendLine(@"\section*{SkipNet: the worked solution}").AppendLine(GivenLine(sheet.Given).Replace("α", @"$\alpha$", StringComparison.Ordinal));
        if (new VariantNotation(sheet.Variant).Definition is { } definition)
        {
            // "Network: h = tanh(z), L = (y − ŷ)²": the formulas after the colon in math mode.
            var (label, formulas) = (definition[..definition.IndexOf(':', StringComparison.Ordinal)], definition[(definition.IndexOf(':', StringComparison.Ordinal) + 2)..]);
            text.AppendLine().AppendLine($"{label}: ${ToLatex(formulas)}$");
        }

        foreach (var section in SheetSteps.Of(sheet))
        {
            text.AppendLine($@"\subsection*{{{section.Title.Replace("α", @"$\alpha$", StringComparison.Ordinal)}}}").AppendLine(@"\begin{align*}");
            var lines = section.Steps.Select(step =>
                $"{ToLatex(step.Symbol)} &= {ToLatex(step.Formula)}{(step.Working is { } w ? " = " + ToLatex(w) : "")} = {Format(step.Value)}");
            text.AppendLine(string.Join(" \\\\\n", lines)).AppendLine(@"\end{align*}");
        }

        return text.AppendLine(KinkLine(sheet).Replace("ŷ", @"$\hat{y}$", StringComparison.Ordinal)).ToString();
    }

    private static string GivenLine(Given given) =>
        $"Given: x = {Format(given.Sample.X)}, y = {Format(given.Sample.Y)}, w0 = {Format(given.Weights.W0)}, " +
        $"w1 = {Format(given.Weights.W1)}, w2 = {Format(given.Weights.W2)}, w3 = {Format(given.Weights.W3)}, " +
        $"α = {Format(given.LearningRate)}";

    private static string? Definition(AnswerSheet sheet) => new VariantNotation(sheet.Variant).Definition;

    private static string KinkLine(AnswerSheet sheet)
    {
        if (sheet.Kinks.Count == 0)
        {
            return "Kinks: none; L is differentiable in every weight here.";
        }

        var convention = sheet.Variant == Reference.Variants.Variant.Exercise
            ? "ReLU′(0) = 0 and d|u|/du = 0 at 0 are used"
            : new VariantNotation(sheet.Variant).KinkConvention(sheet.Kinks);
        return $"Kinks: the point sits on {string.Join(", ", sheet.Kinks)}; {convention} (PyTorch's convention), and any subgradient is as right.";
    }

    /// <summary>The exercise's Unicode notation in LaTeX: ∂L/∂w0 → \frac{\partial L}{\partial w_0}, · → \cdot, …</summary>
    public static string ToLatex(string formula)
    {
        var latex = Subscript().Replace(formula, "$1_$2");
        latex = Partial().Replace(latex, @"\frac{\partial L}{\partial $1}");
        latex = Operator().Replace(latex, @"\operatorname{$1}");
        return latex
            .Replace("ŷ", @"\hat{y}", StringComparison.Ordinal)
            .Replace("tanh", @"\tanh", StringComparison.Ordinal)
            .Replace("σ", @"\sigma", StringComparison.Ordinal)
            .Replace("δ", @"\delta ", StringComparison.Ordinal)
            .Replace("≤", @"\le ", StringComparison.Ordinal)
            .Replace("²", "^2", StringComparison.Ordinal)
            .Replace("e^(−z)", "e^{-z}", StringComparison.Ordinal)
            .Replace("ln", @"\ln", StringComparison.Ordinal)
            .Replace(" (the ", @"\quad\text{(the }", StringComparison.Ordinal)
            .Replace(" piece)", @"\text{ piece)}", StringComparison.Ordinal)
            .Replace("·", @" \cdot ", StringComparison.Ordinal)
            .Replace("−", "-", StringComparison.Ordinal)
            .Replace("α", @"\alpha ", StringComparison.Ordinal)
            .Replace("′", "'", StringComparison.Ordinal)
            .Replace("(skip + main)", @"\quad\text{(skip + main)}", StringComparison.Ordinal);
    }

    // The sheet's named functions, upright: ReLU, LeakyReLU, softplus, sign, Huber, max, min.
    [GeneratedRegex(@"\b(LeakyReLU|ReLU|softplus|sign|Huber|max|min)\b")]
    private static partial Regex Operator();

    // w0 → w_0, z1 → z_1, h0 → h_0 (a letter directly followed by a digit).
    [GeneratedRegex(@"\b([wzh])(\d)")]
    private static partial Regex Subscript();

    // ∂L/∂v, v a symbol possibly with a subscript or a hat.
    [GeneratedRegex(@"∂L/∂((?:[a-z]_\d)|ŷ|[a-z])")]
    private static partial Regex Partial();
}
