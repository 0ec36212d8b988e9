using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using static SkipNet.Checker.Formulas.Latex.TypesetPrecedence;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// Prints an <see cref="Expr"/> as LaTeX math that <see cref="LatexMathReader"/> reads back to an equal-valued tree:
/// products with <c>\cdot</c>, quotients as <c>\frac</c>, conditionals as <c>cases</c>, a comparison used as a
/// value as its indicator <c>\mathbb{1}[a &lt; b]</c>, and numbers in plain decimals.
/// </summary>
public static partial class LatexPrinter
{
    // Binding strength, loosest first; a child printed where a tighter level is required gets parentheses.

    public static string Print(Expr expr)
    {
        ArgumentNullException.ThrowIfNull(expr);
        var text = new StringBuilder();
        Write(text, expr, SumLevel);
        return text.ToString();
    }

    /// <summary>
    /// The LaTeX for a name in the formula language's spelling: w0 → w_0, w10 → w_{10}, yhat → \hat{y}, loss → L, alpha → \alpha,
    /// dL/dw0 → \frac{\partial L}{\partial w_0}, w0' and updated.w0 → w_0'. Other names print as \text{…}, which
    /// is not read back.
    /// </summary>
    public static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (Derivative().Match(name) is { Success: true } derivative)
        {
            return $@"\frac{{\partial {Name(derivative.Groups[1].Value)}}}{{\partial {Name(derivative.Groups[2].Value)}}}";
        }

        var (bare, primes) = Quantities.Primed(name);

        var symbol = bare switch
        {
            "loss" => "L",
            [var letter] when char.IsAsciiLetter(letter) => bare,
            _ when LatexCommands.Greek.Contains(bare) => @"\" + bare,
            // w_0 as the answer sheets write it; w_{10} needs its braces.
            _ when Indexed().Match(bare) is { Success: true } indexed => indexed.Groups[2].Length == 1
                ? $"{indexed.Groups[1].Value}_{indexed.Groups[2].Value}"
                : $"{indexed.Groups[1].Value}_{{{indexed.Groups[2].Value}}}",
            _ when Hatted().Match(bare) is { Success: true } hatted => $@"\hat{{{hatted.Groups[1].Value}}}",
            _ => $@"\text{{{bare.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)}}}",
        };
        return symbol + new string('\'', primes);
    }

    private static void Write(StringBuilder text, Expr expr, int required)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var parenthesise = NeedsParentheses(expr, required);
        if (parenthesise)
        {
            text.Append('(');
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
                text.Append('-');
                Write(text, negate.Operand, UnaryLevel);
                break;
            case Expr.Binary { Operator: BinaryOperator.Divide } quotient:
                text.Append(@"\frac{");
                Write(text, quotient.Left, SumLevel);
                text.Append("}{");
                Write(text, quotient.Right, SumLevel);
                text.Append('}');
                break;
            case Expr.Binary { Operator: BinaryOperator.Power } power:
                // The base must be a primary; a quotient base is parenthesised too, for the reader's eye.
                Write(text, power.Left, PrimaryLevel);
                text.Append("^{");
                Write(text, power.Right, SumLevel);
                text.Append('}');
                break;
            case Expr.Binary { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply } binary:
                // Sums and products associate left: the right operand must bind tighter.
                var level = Level(binary);
                Write(text, binary.Left, level);
                text.Append(binary.Operator switch { BinaryOperator.Add => " + ", BinaryOperator.Subtract => " - ", _ => @" \cdot " });
                Write(text, binary.Right, level + 1);
                break;
            case Expr.Binary comparison:
                text.Append(@"\mathbb{1}[");
                WriteComparison(text, comparison);
                text.Append(']');
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
            text.Append(')');
        }
    }

    private static void WriteComparison(StringBuilder text, Expr.Binary comparison)
    {
        Write(text, comparison.Left, SumLevel);
        text.Append(comparison.Operator switch
        {
            BinaryOperator.Less => " < ",
            BinaryOperator.LessOrEqual => @" \le ",
            BinaryOperator.Greater => " > ",
            BinaryOperator.GreaterOrEqual => @" \ge ",
            BinaryOperator.Equal => " = ",
            BinaryOperator.NotEqual => @" \ne ",
            _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison.Operator, "not a comparison"),
        });
        Write(text, comparison.Right, SumLevel);
    }

    // A chain of conditionals in their false branches is one cases environment; a final NaN is no row at all,
    // since that is what a cases environment means where no condition holds.
    private static void WriteCases(StringBuilder text, Expr.Conditional conditional)
    {
        text.Append(@"\begin{cases} ");
        Expr rest = conditional;
        while (rest is Expr.Conditional row)
        {
            Write(text, row.WhenTrue, SumLevel);
            text.Append(", & ");
            if (row.Condition is Expr.Binary { Operator: BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater
                or BinaryOperator.GreaterOrEqual or BinaryOperator.Equal or BinaryOperator.NotEqual } comparison)
            {
                WriteComparison(text, comparison);
            }
            else
            {
                // True means non-zero and not NaN, which is what |c| > 0 says.
                text.Append(@"\left|");
                Write(text, row.Condition, SumLevel);
                text.Append(@"\right| > 0");
            }

            text.Append(@" \\ ");
            rest = row.WhenFalse;
        }

        if (rest is Expr.Number { Value: double.NaN })
        {
            text.Length -= @" \\ ".Length;
            text.Append(' ');
        }
        else
        {
            Write(text, rest, SumLevel);
            text.Append(@", & \text{otherwise} ");
        }

        text.Append(@"\end{cases}");
    }

    private static void WriteCall(StringBuilder text, Expr.Call call)
    {
        if (call.Function == FormulaFunction.Abs)
        {
            text.Append(@"\left|");
            Write(text, call.Arguments[0], SumLevel);
            text.Append(@"\right|");
            return;
        }

        text.Append(call.Function switch
        {
            FormulaFunction.Relu => @"\operatorname{ReLU}",
            FormulaFunction.Max => @"\max",
            FormulaFunction.Min => @"\min",
            FormulaFunction.Tanh => @"\tanh",
            FormulaFunction.Sigmoid => @"\sigma",
            FormulaFunction.Exp => @"\exp",
            FormulaFunction.Log => @"\ln",
            _ => $@"\operatorname{{{call.Function.Spelling()}}}",
        }).Append('(');
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(text, call.Arguments[i], SumLevel);
        }

        text.Append(')');
    }

    // NaN and the infinities have no literal, so they print as quotients that evaluate to them.
    private static string Literal(double value) => value switch
    {
        double.NaN => @"\frac{0}{0}",
        double.PositiveInfinity => @"\frac{1}{0}",
        double.NegativeInfinity => @"-\frac{1}{0}",
        _ => PlainDecimal(value),
    };

    // The shortest round-trip digits with the point moved into place: LaTeX has no 1E-07.
    private static string PlainDecimal(double value)
    {
        var shortest = value.ToString("R", CultureInfo.InvariantCulture);
        var e = shortest.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return shortest;
        }

        var (mantissa, exponent) = (shortest[..e], int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture));
        var sign = mantissa.StartsWith('-') ? "-" : "";
        mantissa = mantissa.TrimStart('-');
        var point = (mantissa.IndexOf('.', StringComparison.Ordinal) is var at and >= 0 ? at : mantissa.Length) + exponent;
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        return sign + (point <= 0 ? "0." + new string('0', -point) + digits
            : point >= digits.Length ? digits + new string('0', point - digits.Length)
            : digits[..point] + "." + digits[point..]);
    }

    [GeneratedRegex(@"^d(.+)/d(.+)$")]
    private static partial Regex Derivative();

    [GeneratedRegex(@"^([A-Za-z])(\d+)$")]
    private static partial Regex Indexed();

    [GeneratedRegex(@"^([A-Za-z])hat$")]
    private static partial Regex Hatted();
}
