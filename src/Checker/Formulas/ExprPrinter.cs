using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace SkipNet.Checker.Formulas;

/// <summary>Prints an <see cref="Expr"/> as formula text with only the parentheses the grammar needs.</summary>
internal static class ExprPrinter
{
    // Binding strength, loosest first; a child printed where a tighter level is required gets parentheses.
    private const int ConditionalLevel = 1;
    private const int ComparisonLevel = 2;
    private const int SumLevel = 3;
    private const int ProductLevel = 4;
    private const int UnaryLevel = 5;
    private const int PrimaryLevel = 6;

    public static string Print(Expr expr)
    {
        var text = new StringBuilder();
        Write(text, expr, ConditionalLevel);
        return text.ToString();
    }

    private static void Write(StringBuilder text, Expr expr, int required)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var parenthesise = Level(expr) < required;
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
                text.Append(variable.Name);
                break;
            case Expr.Negate negate:
                text.Append('-');
                Write(text, negate.Operand, UnaryLevel);
                break;
            case Expr.Binary { Operator: BinaryOperator.Power } power:
                // Right-associative and tighter than unary minus: base must be primary, exponent may be unary.
                Write(text, power.Left, PrimaryLevel);
                text.Append(" ^ ");
                Write(text, power.Right, UnaryLevel);
                break;
            case Expr.Binary binary:
                var level = Level(binary);
                // Comparisons do not chain, sums and products associate left: the right side must bind tighter.
                Write(text, binary.Left, level == ComparisonLevel ? SumLevel : level);
                text.Append(' ').Append(Symbol(binary.Operator)).Append(' ');
                Write(text, binary.Right, level + 1);
                break;
            case Expr.Conditional conditional:
                Write(text, conditional.Condition, ComparisonLevel);
                text.Append(" ? ");
                Write(text, conditional.WhenTrue, ConditionalLevel);
                text.Append(" : ");
                Write(text, conditional.WhenFalse, ConditionalLevel);
                break;
            case Expr.Call call:
                text.Append(call.Function.Spelling()).Append('(');
                for (var i = 0; i < call.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(", ");
                    }

                    Write(text, call.Arguments[i], ConditionalLevel);
                }

                text.Append(')');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(expr), expr.GetType().Name, "unknown expression kind");
        }

        if (parenthesise)
        {
            text.Append(')');
        }
    }

    private static int Level(Expr expr) => expr switch
    {
        Expr.Conditional => ConditionalLevel,
        Expr.Binary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => SumLevel,
        Expr.Binary { Operator: BinaryOperator.Multiply or BinaryOperator.Divide } => ProductLevel,
        // A power binds tighter than unary minus but its base must be primary, so it sits between the two.
        Expr.Binary { Operator: BinaryOperator.Power } => UnaryLevel,
        Expr.Binary => ComparisonLevel,
        Expr.Negate => UnaryLevel,
        Expr.Number { Value: var value } when double.IsNegative(value) && !double.IsNaN(value) => UnaryLevel,
        _ => PrimaryLevel,
    };

    // NaN and infinities have no literal, so they print as divisions that evaluate to them.
    private static string Literal(double value) => value switch
    {
        double.NaN => "(0 / 0)",
        double.PositiveInfinity => "(1 / 0)",
        double.NegativeInfinity => "(-1 / 0)",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Power => "^",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Equal => "==",
        BinaryOperator.NotEqual => "!=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "unknown operator"),
    };
}
