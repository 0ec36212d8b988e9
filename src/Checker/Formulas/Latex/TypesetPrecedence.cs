namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// How tightly an expression binds when typeset (LaTeX, MathML), loosest first: a sum, a product, a prefix sign or a
/// power, a primary. A quotient is a fraction bar, so it binds like a primary except as the base of a power. Where
/// <see cref="Level"/> is below what a position requires, the expression is parenthesised.
/// </summary>
public static class TypesetPrecedence
{
    public const int SumLevel = 1;
    public const int ProductLevel = 2;
    public const int UnaryLevel = 3;
    public const int PrimaryLevel = 4;

    public static int Level(Expr expr) => expr switch
    {
        Expr.Binary { Operator: BinaryOperator.Add or BinaryOperator.Subtract } => SumLevel,
        Expr.Binary { Operator: BinaryOperator.Multiply } => ProductLevel,
        // A power binds tighter than a prefix sign but its base must be primary, so it sits at the sign's level.
        Expr.Binary { Operator: BinaryOperator.Power } => UnaryLevel,
        Expr.Negate => UnaryLevel,
        Expr.Number { Value: var value } when double.IsNegative(value) && !double.IsNaN(value) => UnaryLevel,
        _ => PrimaryLevel,
    };

    /// <summary>Whether <paramref name="expr"/> needs parentheses where <paramref name="required"/> binding is asked.</summary>
    public static bool NeedsParentheses(Expr expr, int required) =>
        Level(expr) < required || (required == PrimaryLevel && expr is Expr.Binary { Operator: BinaryOperator.Divide });
}
