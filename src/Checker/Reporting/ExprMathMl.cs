using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using SkipNet.Checker.Formulas;
using static SkipNet.Checker.Formulas.Latex.TypesetPrecedence;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// Prints an <see cref="Expr"/> as presentation MathML (the content of a <c>&lt;math&gt;</c> element), which
/// browsers render without scripts. Every name and number is HTML-escaped: the tree comes from a student's text.
/// </summary>
public static partial class ExprMathMl
{
    // Binding strength, loosest first, as in LatexPrinter; a child below the required level gets parentheses.

    private static readonly Dictionary<string, string> Greek = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["lr"] = "α", ["eta"] = "η", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε",
        ["lambda"] = "λ", ["mu"] = "μ", ["sigma"] = "σ", ["theta"] = "θ", ["tau"] = "τ", ["phi"] = "φ", ["omega"] = "ω",
    };

    public static string Print(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        var text = new StringBuilder();
        Write(text, expr, SumLevel);
        return text.ToString();
    }

    /// <summary>A name in the formula language's spelling: w0 → w₀, yhat → ŷ, dL/dw0 → ∂L/∂w₀ as a fraction, w0' → w₀′.</summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Derivative().Match(name) is { Success: true } derivative)
        {
            return $"<mfrac><mrow><mo>∂</mo>{Name(derivative.Groups[1].Value)}</mrow><mrow><mo>∂</mo>{Name(derivative.Groups[2].Value)}</mrow></mfrac>";
        }

        var (bare, primes) = Quantities.Primed(name);

        var symbol = bare switch
        {
            "loss" => "<mi>L</mi>",
            _ when Greek.TryGetValue(bare, out var letter) => $"<mi>{letter}</mi>",
            _ when Indexed().Match(bare) is { Success: true } indexed => $"<msub><mi>{indexed.Groups[1].Value}</mi><mn>{indexed.Groups[2].Value}</mn></msub>",
            _ when Hatted().Match(bare) is { Success: true } hatted => $"<mover accent=\"true\"><mi>{hatted.Groups[1].Value}</mi><mo>^</mo></mover>",
            [_] => $"<mi>{Escape(bare)}</mi>",
            _ => $"<mi mathvariant=\"normal\">{Escape(bare)}</mi>",
        };
        return primes == 0 ? symbol : $"<msup>{symbol}<mo>{new string('′', primes)}</mo></msup>";
    }

    private static void Write(StringBuilder text, Expr expr, int required)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var parenthesise = NeedsParentheses(expr, required);
        text.Append("<mrow>");
        if (parenthesise)
        {
            text.Append("<mo>(</mo>");
        }

        switch (expr)
        {
            case Expr.Number number:
                text.Append(Literal(number.Value));
                break;
            case Expr.Variable variable:
                text.Append(Name(variable.Name));
                break;
            case Expr.Negate negate:
                text.Append("<mo>−</mo>");
                Write(text, negate.Operand, UnaryLevel);
                break;
            case Expr.Binary { Operator: BinaryOperator.Divide } quotient:
                text.Append("<mfrac>");
                Write(text, quotient.Left, SumLevel);
                Write(text, quotient.Right, SumLevel);
                text.Append("</mfrac>");
                break;
            case Expr.Binary { Operator: BinaryOperator.Power } power:
                text.Append("<msup>");
                Write(text, power.Left, PrimaryLevel);
                Write(text, power.Right, SumLevel);
                text.Append("</msup>");
                break;
            case Expr.Binary { Operator: BinaryOperator.Multiply, Left: Expr.Variable { Name: var g } } application when Activation().IsMatch(g):
                // g_0(z_0) names an activation the reader takes as a product with its argument; shown as written, applied.
                text.Append(Name(g)).Append("<mo>(</mo>");
                Write(text, application.Right, SumLevel);
                text.Append("<mo>)</mo>");
                break;
            case Expr.Binary { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply } binary:
                var level = Level(binary);
                Write(text, binary.Left, level);
                text.Append(binary.Operator switch { BinaryOperator.Add => "<mo>+</mo>", BinaryOperator.Subtract => "<mo>−</mo>", _ => "<mo>·</mo>" });
                // A negative right operand in parentheses, as written by hand: 0.5 + (−0.5), not 0.5 + −0.5.
                Write(text, binary.Right, IsNegative(binary.Right) ? PrimaryLevel : level + 1);
                break;
            case Expr.Binary comparison:
                // A comparison used as a value is its indicator, 1 where it holds.
                text.Append("<mi mathvariant=\"double-struck\">1</mi><mo>[</mo>");
                WriteComparison(text, comparison);
                text.Append("<mo>]</mo>");
                break;
            case Expr.Conditional conditional:
                WriteCases(text, conditional);
                break;
            case Expr.Call call:
                WriteCall(text, call);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown expression kind");
        }

        if (parenthesise)
        {
            text.Append("<mo>)</mo>");
        }

        text.Append("</mrow>");
    }

    private static void WriteComparison(StringBuilder text, Expr.Binary comparison)
    {
        Write(text, comparison.Left, SumLevel);
        text.Append(comparison.Operator switch
        {
            BinaryOperator.Less => "<mo>&lt;</mo>",
            BinaryOperator.LessOrEqual => "<mo>≤</mo>",
            BinaryOperator.Greater => "<mo>&gt;</mo>",
            BinaryOperator.GreaterOrEqual => "<mo>≥</mo>",
            BinaryOperator.Equal => "<mo>=</mo>",
            BinaryOperator.NotEqual => "<mo>≠</mo>",
            _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison.Operator, "not a comparison"),
        });
        Write(text, comparison.Right, SumLevel);
    }

    // A chain of conditionals in their false branches is one brace of rows; a final NaN is no row, as in LatexPrinter.
    private static void WriteCases(StringBuilder text, Expr.Conditional conditional)
    {
        text.Append("<mo>{</mo><mtable columnalign=\"left left\">");
        Expr rest = conditional;
        while (rest is Expr.Conditional row)
        {
            text.Append("<mtr><mtd>");
            Write(text, row.WhenTrue, SumLevel);
            text.Append("<mo>,</mo></mtd><mtd>");
            if (row.Condition is Expr.Binary { Operator: BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater
                or BinaryOperator.GreaterOrEqual or BinaryOperator.Equal or BinaryOperator.NotEqual } comparison)
            {
                WriteComparison(text, comparison);
            }
            else
            {
                text.Append("<mo>|</mo>");
                Write(text, row.Condition, SumLevel);
                text.Append("<mo>|</mo><mo>&gt;</mo><mn>0</mn>");
            }

            text.Append("</mtd></mtr>");
            rest = row.WhenFalse;
        }

        if (rest is not Expr.Number { Value: double.NaN })
        {
            text.Append("<mtr><mtd>");
            Write(text, rest, SumLevel);
            text.Append("<mo>,</mo></mtd><mtd><mtext>otherwise</mtext></mtd></mtr>");
        }

        text.Append("</mtable>");
    }

    private static void WriteCall(StringBuilder text, Expr.Call call)
    {
        if (call.Function == FormulaFunction.Abs)
        {
            text.Append("<mo>|</mo>");
            Write(text, call.Arguments[0], SumLevel);
            text.Append("<mo>|</mo>");
            return;
        }

        var name = call.Function switch
        {
            FormulaFunction.Relu => "ReLU",
            FormulaFunction.Sigmoid => "σ",
            FormulaFunction.Log => "ln",
            _ => call.Function.Spelling(),
        };
        text.Append($"<mi mathvariant=\"normal\">{Escape(name)}</mi><mo>(</mo>");
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            if (i > 0)
            {
                text.Append("<mo>,</mo>");
            }

            Write(text, call.Arguments[i], SumLevel);
        }

        text.Append("<mo>)</mo>");
    }

    private static bool IsNegative(Expr expr) =>
        expr is Expr.Negate || (expr is Expr.Number { Value: var value } && double.IsNegative(value) && !double.IsNaN(value) && value != 0);

    private static string Literal(double value) => value switch
    {
        double.NaN => "<mi mathvariant=\"normal\">NaN</mi>",
        double.PositiveInfinity => "<mi>∞</mi>",
        double.NegativeInfinity => "<mo>−</mo><mi>∞</mi>",
        < 0 => $"<mo>−</mo><mn>{Numbers.Format(-value)}</mn>",
        _ => $"<mn>{Numbers.Format(value)}</mn>",
    };

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    [GeneratedRegex(@"^d(.+)/d(.+)$")]
    private static partial Regex Derivative();

    [GeneratedRegex(@"^([A-Za-z])(\d+)$")]
    private static partial Regex Indexed();

    [GeneratedRegex(@"^g\d*$")]
    private static partial Regex Activation();

    [GeneratedRegex(@"^([A-Za-z])hat$")]
    private static partial Regex Hatted();
}
