using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SkipNet.Checker.Formulas;

namespace SkipNet.Checker.Tests.Formulas;

/// <summary>Properties over generated text and generated trees.</summary>
public sealed class FormulaProperties
{
    private static readonly string[] Fragments =
    [
        "x", "y", "w5", "yhat", "dL/dz2", "dL/d", "dL/", "q", "relu(", "max(", "min(", "step", "sign(", "abs(",
        "(", ")", ",", "?", ":", "<", "<=", ">", ">=", "==", "!=", "=", "!", "+", "-", "*", "/", "^",
        "0", "12", "0.5", ".5", "1e-3", "2.5E+2", "1e999", "e", ".", " ", "\t", "\n", "#", "\0", "∂", "é", "\uD800",
    ];

    private static readonly Gen<string> AnyChar = Gen.Choose(0, char.MaxValue).Select(code => ((char)code).ToString());

    private static readonly Gen<string> FragmentSoup =
        Gen.ArrayOf(Gen.Frequency((4, Gen.Elements(Fragments)), (1, AnyChar))).Select(string.Concat);

    // Deep nesting, within and beyond MaxLength, optionally followed by a random tail.
    private static readonly Gen<string> DeepNesting =
        from unit in Gen.Elements("(", "-", "+", "-(", "x^", "x^-", "x?", "x?x:", "relu(", "max(x,", "(x<")
        from count in Gen.Frequency((4, Gen.Choose(90, 2100)), (1, Gen.Constant(5000)))
        from tail in FragmentSoup
        select string.Concat(Enumerable.Repeat(unit, count)) + tail;

    private static readonly Arbitrary<string> AnyText = Gen.Frequency((3, FragmentSoup), (1, DeepNesting)).ToArbitrary();

    internal static readonly Dictionary<string, double> Values = new()
    {
        ["x"] = 0.5, ["y"] = -1.25, ["w5"] = 2, ["dL/dz2"] = -0.75,
    };

    private static readonly Gen<Expr> Leaf = Gen.OneOf(
        Gen.Choose(-1000, 1000).Select(i => (Expr)new Expr.Number(i / 8.0)),
        Gen.Elements(1e-7, 12345678.9, 1e300).Select(v => (Expr)new Expr.Number(v)),
        Gen.Elements(Values.Keys.ToArray()).Select(name => (Expr)new Expr.Variable(name)));

    private static readonly Arbitrary<Expr> SmallExpr = Tree(5).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property Parse_AnyText_GivesExprOrFormulaSyntaxException() =>
        Prop.ForAll(AnyText, text =>
        {
            try
            {
                // Names starting with 'q' are unknown, everything else resolves to itself.
                var expr = FormulaParser.Parse(text, name => name.StartsWith('q') ? null : name);
                FormulaEvaluator.Evaluate(expr, _ => 1.5);
                _ = expr.ToString();
            }
            catch (FormulaSyntaxException error)
            {
                return error.Column >= 1 && error.Column <= text.Length + 1 && !error.Message.Contains('\n');
            }

            return true;
        });

    [Property(MaxTest = 500)]
    public Property ToString_ParsesBackToAnEqualValuedExpr() =>
        Prop.ForAll(SmallExpr, expr =>
        {
            var printed = expr.ToString();
            var reparsed = FormulaParser.Parse(printed, name => name);
            var expected = FormulaEvaluator.Evaluate(expr, name => Values[name]);
            // Equals, unlike ==, holds for NaN against NaN.
            return expected.Equals(FormulaEvaluator.Evaluate(reparsed, name => Values[name])) && reparsed.ToString() == printed;
        });

    internal static Gen<Expr> Tree(int depth)
    {
        if (depth == 0)
        {
            return Leaf;
        }

        var sub = Tree(depth - 1);
        return Gen.Frequency(
            (3, Leaf),
            (1, sub.Select(operand => (Expr)new Expr.Negate(operand))),
            (4, from op in Gen.Elements(Enum.GetValues<BinaryOperator>())
                from left in sub
                from right in sub
                select (Expr)new Expr.Binary(op, left, right)),
            (1, from condition in sub
                from whenTrue in sub
                from whenFalse in sub
                select (Expr)new Expr.Conditional(condition, whenTrue, whenFalse)),
            (2, from function in Gen.Elements(Enum.GetValues<FormulaFunction>())
                from args in Gen.ArrayOf(sub, function is FormulaFunction.Max or FormulaFunction.Min or FormulaFunction.Leaky ? 2 : 1)
                select (Expr)new Expr.Call(function, args)));
    }
}
