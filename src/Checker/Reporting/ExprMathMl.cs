using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;
using static SkipNet.Checker.Formulas.Latex.TypesetPrecedence;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// Prints an <see cref="Expr"/> as presentation MathML (the content of a <c>&lt;math&gt;</c> element), which
/// browsers render without scripts (the walk is <see cref="Typesetter"/>'s). Every name and number is HTML-escaped:
/// the tree comes from a student's text.
/// </summary>
public static partial class ExprMathMl
{
    private static readonly Dictionary<string, string> Greek = new(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["lr"] = "α", ["eta"] = "η", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε",
        ["lambda"] = "λ", ["mu"] = "μ", ["sigma"] = "σ", ["theta"] = "θ", ["tau"] = "τ", ["phi"] = "φ", ["omega"] = "ω",
    };

    private static readonly MathMl Notation = new();

    public static string Print(Expr expr) => Notation.Print(expr);

    /// <summary>A name in the formula language's spelling: w0 → w₀, yhat → ŷ, dL/dw0 → ∂L/∂w₀ as a fraction, w0' → w₀′.</summary>
    public static string Name(string name) => TypesetName.Read(name) switch
    {
        TypesetName.Derivative d => $"<mfrac><mrow><mo>∂</mo>{Name(d.Of)}</mrow><mrow><mo>∂</mo>{Name(d.By)}</mrow></mfrac>",
        TypesetName.Symbol { Primes: 0 } s => Symbol(s),
        TypesetName.Symbol s => $"<msup>{Symbol(s)}<mo>{new string('′', s.Primes)}</mo></msup>",
        _ => throw new InvalidOperationException("a name is a derivative or a symbol"),
    };

    private static string Symbol(TypesetName.Symbol symbol) => symbol switch
    {
        { Bare: "loss" } => "<mi>L</mi>",
        _ when Greek.TryGetValue(symbol.Bare, out var letter) => $"<mi>{letter}</mi>",
        { Indexed: var (letter, index) } => $"<msub><mi>{letter}</mi><mn>{index}</mn></msub>",
        { HattedLetter: { } hatted } => $"<mover accent=\"true\"><mi>{hatted}</mi><mo>^</mo></mover>",
        { Bare: [_] } => $"<mi>{Escape(symbol.Bare)}</mi>",
        _ => $"<mi mathvariant=\"normal\">{Escape(symbol.Bare)}</mi>",
    };

    private sealed class MathMl : Typesetter
    {
        public override string Name(string name) => ExprMathMl.Name(name);

        protected override string Literal(double value) => ExprMathMl.Literal(value);

        protected override string FunctionName(FormulaFunction function) => $"<mi mathvariant=\"normal\">{Escape(function switch
        {
            FormulaFunction.Relu => "ReLU",
            FormulaFunction.Sigmoid => "σ",
            FormulaFunction.Log => "ln",
            _ => function.Spelling(),
        })}</mi>";

        protected override string Infix(BinaryOperator op) => op switch
        {
            BinaryOperator.Add => "<mo>+</mo>",
            BinaryOperator.Subtract => "<mo>−</mo>",
            BinaryOperator.Multiply => "<mo>·</mo>",
            BinaryOperator.Less => "<mo>&lt;</mo>",
            BinaryOperator.LessOrEqual => "<mo>≤</mo>",
            BinaryOperator.Greater => "<mo>&gt;</mo>",
            BinaryOperator.GreaterOrEqual => "<mo>≥</mo>",
            BinaryOperator.Equal => "<mo>=</mo>",
            BinaryOperator.NotEqual => "<mo>≠</mo>",
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not an infix operator"),
        };

        protected override (string Open, string Close) Group => ("<mrow>", "</mrow>");

        protected override (string Open, string Close) Parentheses => ("<mo>(</mo>", "<mo>)</mo>");

        protected override string Minus => "<mo>−</mo>";

        protected override string ArgumentSeparator => "<mo>,</mo>";

        protected override (string Open, string Between, string Close) Fraction => ("<mfrac>", "", "</mfrac>");

        protected override (string Open, string Between, string Close) Power => ("<msup>", "", "</msup>");

        protected override (string Open, string Close) Indicator => ("<mi mathvariant=\"double-struck\">1</mi><mo>[</mo>", "<mo>]</mo>");

        protected override (string Open, string Close) AbsoluteValue => ("<mo>|</mo>", "<mo>|</mo>");

        protected override (string Open, string RowStart, string Cell, string RowEnd, string BetweenRows, string Otherwise, string Close) Cases =>
            ("<mo>{</mo><mtable columnalign=\"left left\">", "<mtr><mtd>", "<mo>,</mo></mtd><mtd>", "</mtd></mtr>", "", "<mtext>otherwise</mtext>", "</mtable>");

        // A negative right operand in parentheses, as written by hand: 0.5 + (−0.5), not 0.5 + −0.5.
        protected override int RightOperandLevel(Expr.Binary binary, int level) =>
            IsNegative(binary.Right) ? PrimaryLevel : level + 1;

        // g_0(z_0) names an activation the reader takes as a product with its argument; shown as written, applied.
        protected override bool WriteOwn(StringBuilder text, Expr expr)
        {
            if (expr is not Expr.Binary { Operator: BinaryOperator.Multiply, Left: Expr.Variable { Name: var g } } application || !Activation().IsMatch(g))
            {
                return false;
            }

            text.Append(Name(g)).Append("<mo>(</mo>");
            Write(text, application.Right, SumLevel);
            text.Append("<mo>)</mo>");
            return true;
        }
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

    [GeneratedRegex(@"^g\d*$")]
    private static partial Regex Activation();
}
