using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;

namespace SkipNet.Checker.Tests.Formulas.Latex;

/// <summary>Round trips through the LaTeX printer, and fuzzing of the reader.</summary>
public sealed class LatexProperties
{
    private static readonly string[] Fragments =
    [
        @"\frac", "{", "}", "(", ")", "[", "]", @"\{", @"\}", @"\left(", @"\right)", @"\left[", @"\right]", @"\left|", @"\right|",
        @"\left", @"\right", @"\left.", "|", @"\begin{cases}", @"\end{cases}", @"\begin{matrix}", @"\end{matrix}", @"\begin{aligned}",
        @"\end{aligned}", @"\begin{", @"\end", "&", @"\\", ",", "=", "<", ">", @"\le", @"\geq", @"\ne", @"\approx", @"\leftarrow", ":=",
        @"\quad", @"\qquad", @"\,", @"\text{because }", @"\text{(the }", @"\text{ piece)}", @"\text{", @"\text{otherwise}", @"\text{if }",
        @"\hat{y}", @"\hat", "w_0", "w_{5}", "_", "^", "'", "x", "d", "L", "e", @"\partial", @"\mathbb{1}", @"\mathbb", "-", "+",
        @"\cdot", @"\times", "/", "0.5", ".5", ".", "3)", "12", @"\tanh", @"\sigma", @"\operatorname{ReLU}", @"\text{ReLU}", @"\max",
        @"\operatorname{Huber}", @"\operatorname{LeakyReLU}", @"\boxed{", @"\underline{", @"\rightarrow", @"\downarrow", "𝟙", @"\",
        @"\foo", " ", "\n", "\0", "\uD800", "·", "−", "≤",
    ];

    private static readonly Gen<string> AnyChar = Gen.Choose(0, char.MaxValue).Select(code => ((char)code).ToString());

    private static readonly Gen<string> FragmentSoup =
        Gen.ArrayOf(Gen.Frequency((6, Gen.Elements(Fragments)), (1, AnyChar))).Select(string.Concat);

    // Deep nesting of every kind the guard counts, optionally followed by a random tail.
    private static readonly Gen<string> DeepNesting =
        from unit in Gen.Elements(@"\frac{", "{", "(", @"\left(", "|", @"\left|", "-", @"\tanh ", @"\hat", "x^{", @"\mathbb{1}[", @"\begin{cases}")
        from count in Gen.Frequency((4, Gen.Choose(40, 300)), (1, Gen.Constant(3000)))
        from tail in FragmentSoup
        select string.Concat(Enumerable.Repeat(unit, count)) + tail;

    // A span of the worked example, or a sheet row, with characters deleted, fragments inserted and pieces repeated.
    private static readonly Gen<string> MutatedEquation =
        from original in Gen.Elements(RealEquations.All.ToArray())
        from edits in Gen.ArrayOf(Gen.Choose(0, 2).Zip(Gen.Choose(0, 10_000)).Zip(Gen.Elements(Fragments)))
        select edits.Aggregate(original, Mutate);

    private static readonly Arbitrary<string> AnyMath =
        Gen.Frequency((3, FragmentSoup), (1, DeepNesting), (4, MutatedEquation)).ToArbitrary();

    private static readonly Arbitrary<Expr> SmallExpr = FormulaProperties.Tree(5).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Print_ReadsBackToAnEqualValuedExpr() =>
        Prop.ForAll(SmallExpr, expr =>
        {
            var printed = LatexPrinter.Print(expr);
            var side = Assert.Single(Assert.Single(LatexMathReader.Read(printed, name => name)).Sides);
            var expected = FormulaEvaluator.Evaluate(expr, name => FormulaProperties.Values[name]);
            // Equals, unlike ==, holds for NaN against NaN.
            return side.Expr is { } read
                && expected.Equals(FormulaEvaluator.Evaluate(read, name => FormulaProperties.Values[name]))
                && LatexPrinter.Print(read) == printed;
        });

    [Property(MaxTest = 1500)]
    public Property Read_AnyText_GivesChainsOrLatexSyntaxException() =>
        Prop.ForAll(AnyMath, math =>
        {
            try
            {
                // Names starting with 'q' are unknown, everything else resolves to itself.
                var chains = LatexMathReader.Read(math, name => name.StartsWith('q') ? null : name);
                return chains.All(chain => chain.Sides.Count > 0 && chain.Sides.All(side => Consistent(side, math.Length)));
            }
            catch (LatexSyntaxException error)
            {
                return error.Column >= 1 && error.Column <= math.Length + 1 && !error.Message.Contains('\n');
            }
        });

    // Exactly one of tree and reason; columns inside the text; a read tree evaluates and prints without throwing.
    private static bool Consistent(LatexSide side, int length)
    {
        if (side.Column < 1 || side.Column + side.Length > length + 1)
        {
            return false;
        }

        if (side.Expr is { } expr)
        {
            _ = FormulaEvaluator.Evaluate(expr, _ => 1.5);
            _ = LatexPrinter.Print(expr);
            return side.Unread is null;
        }

        return side.Unread is { } unread && unread.Column >= 1 && unread.Column <= length + 1 && !unread.Reason.Contains('\n');
    }

    private static string Mutate(string text, ((int Kind, int At) Edit, string Fragment) edit)
    {
        var at = text.Length == 0 ? 0 : edit.Edit.At % text.Length;
        return edit.Edit.Kind switch
        {
            0 => text.Remove(at, Math.Min(1 + (edit.Edit.At % 7), text.Length - at)),
            1 => text.Insert(at, edit.Fragment),
            _ => text.Insert(at, text[at..Math.Min(text.Length, at + 1 + (edit.Edit.At % 20))]),
        };
    }
}
