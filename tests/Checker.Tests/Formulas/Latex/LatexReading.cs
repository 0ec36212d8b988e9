using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;

namespace SkipNet.Checker.Tests.Formulas.Latex;

/// <summary>Shorthands for building expected trees and reading math with a resolver that accepts every name.</summary>
internal static class LatexReading
{
    public static IReadOnlyList<LatexChain> Chains(string math) => LatexMathReader.Read(math, name => name);

    /// <summary>The one side of math that is a single expression.</summary>
    public static Expr Single(string math)
    {
        var chain = Assert.Single(Chains(math));
        var side = Assert.Single(chain.Sides);
        Assert.True(side.IsRead, side.Unread?.Reason);
        return side.Expr!;
    }

    /// <summary>The reason the one side of math is unread.</summary>
    public static LatexUnread Unread(string math, Func<string, string?>? resolveName = null)
    {
        var chain = Assert.Single(LatexMathReader.Read(math, resolveName ?? (name => name)));
        var side = Assert.Single(chain.Sides);
        Assert.Null(side.Expr);
        return side.Unread!;
    }

    public static double Value(Expr expr, IReadOnlyDictionary<string, double> values) => FormulaEvaluator.Evaluate(expr, name => values[name]);

    public static Expr V(string name) => new Expr.Variable(name);

    public static Expr N(double value) => new Expr.Number(value);

    public static Expr B(BinaryOperator op, Expr left, Expr right) => new Expr.Binary(op, left, right);

    public static Expr Neg(Expr operand) => new Expr.Negate(operand);

    public static Expr Call(FormulaFunction function, params Expr[] args) => new Expr.Call(function, args);

    public static Expr If(Expr condition, Expr whenTrue, Expr whenFalse) => new Expr.Conditional(condition, whenTrue, whenFalse);

    public static readonly Expr NaN = new Expr.Number(double.NaN);
}
