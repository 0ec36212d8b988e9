namespace SkipNet.Checker.Formulas;

/// <summary>A parsed formula: an immutable expression tree whose variables carry canonical names.</summary>
public abstract record Expr
{
    private Expr()
    {
    }

    /// <summary>The formula as text that <see cref="FormulaParser"/> reads back to an equal-valued tree.</summary>
    public sealed override string ToString() => ExprPrinter.Print(this);

    /// <summary>A numeric literal.</summary>
    public sealed record Number(double Value) : Expr;

    /// <summary>A named quantity, by the canonical name its resolver returned.</summary>
    public sealed record Variable(string Name) : Expr;

    /// <summary>Unary minus.</summary>
    public sealed record Negate(Expr Operand) : Expr;

    /// <summary>An infix operation.</summary>
    public sealed record Binary(BinaryOperator Operator, Expr Left, Expr Right) : Expr;

    /// <summary><c>Condition ? WhenTrue : WhenFalse</c>; true means non-zero and not NaN.</summary>
    public sealed record Conditional(Expr Condition, Expr WhenTrue, Expr WhenFalse) : Expr;

    /// <summary>A built-in function applied to its arguments.</summary>
    public sealed record Call(FormulaFunction Function, IReadOnlyList<Expr> Arguments) : Expr
    {
        // A read-only copy, so the caller's list cannot change the tree afterwards.
        public IReadOnlyList<Expr> Arguments { get; init; } = [.. Arguments];

        // Compares arguments element-wise; the synthesized equality would compare list references.
        public bool Equals(Call? other) =>
            other is not null && Function == other.Function && Arguments.SequenceEqual(other.Arguments);

        public override int GetHashCode() =>
            Arguments.Aggregate(Function.GetHashCode(), (hash, argument) => HashCode.Combine(hash, argument));
    }
}
