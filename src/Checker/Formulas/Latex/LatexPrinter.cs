using System.Globalization;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// Prints an <see cref="Expr"/> as LaTeX math that <see cref="LatexMathReader"/> reads back to an equal-valued tree:
/// products with <c>\cdot</c>, quotients as <c>\frac</c>, conditionals as <c>cases</c>, a comparison used as a
/// value as its indicator <c>\mathbb{1}[a &lt; b]</c>, and numbers in plain decimals (the walk is <see cref="Typesetter"/>'s).
/// </summary>
public static class LatexPrinter
{
    private static readonly Latex Notation = new();

    public static string Print(Expr expr) => Notation.Print(expr);

    /// <summary>
    /// The LaTeX for a name in the formula language's spelling: w0 → w_0, w10 → w_{10}, yhat → \hat{y}, loss → L, alpha → \alpha,
    /// dL/dw0 → \frac{\partial L}{\partial w_0}, w0' and updated.w0 → w_0'. Other names print as \text{…}, which
    /// is not read back.
    /// </summary>
    public static string Name(string name) => TypesetName.Read(name) switch
    {
        TypesetName.Derivative d => $@"\frac{{\partial {Name(d.Of)}}}{{\partial {Name(d.By)}}}",
        TypesetName.Symbol s => Symbol(s) + new string('\'', s.Primes),
        _ => throw new InvalidOperationException("a name is a derivative or a symbol"),
    };

    private static string Symbol(TypesetName.Symbol symbol) => symbol switch
    {
        { Bare: "loss" } => "L",
        { Bare: [var letter] } when char.IsAsciiLetter(letter) => symbol.Bare,
        _ when LatexCommands.Greek.Contains(symbol.Bare) => @"\" + symbol.Bare,
        // w_0 as the answer sheets write it; w_{10} needs its braces.
        { Indexed: var (letter, index) } => index.Length == 1 ? $"{letter}_{index}" : $"{letter}_{{{index}}}",
        { HattedLetter: { } hatted } => $@"\hat{{{hatted}}}",
        _ => $@"\text{{{symbol.Bare.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal)}}}",
    };

    private sealed class Latex : Typesetter
    {
        public override string Name(string name) => LatexPrinter.Name(name);

        protected override string Literal(double value) => LatexPrinter.Literal(value);

        protected override string FunctionName(FormulaFunction function) => function switch
        {
            FormulaFunction.Relu => @"\operatorname{ReLU}",
            FormulaFunction.Max => @"\max",
            FormulaFunction.Min => @"\min",
            FormulaFunction.Tanh => @"\tanh",
            FormulaFunction.Sigmoid => @"\sigma",
            FormulaFunction.Exp => @"\exp",
            FormulaFunction.Log => @"\ln",
            _ => $@"\operatorname{{{function.Spelling()}}}",
        };

        protected override string Infix(BinaryOperator op) => op switch
        {
            BinaryOperator.Add => " + ",
            BinaryOperator.Subtract => " - ",
            BinaryOperator.Multiply => @" \cdot ",
            BinaryOperator.Less => " < ",
            BinaryOperator.LessOrEqual => @" \le ",
            BinaryOperator.Greater => " > ",
            BinaryOperator.GreaterOrEqual => @" \ge ",
            BinaryOperator.Equal => " = ",
            BinaryOperator.NotEqual => @" \ne ",
            _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not an infix operator"),
        };

        protected override (string Open, string Close) Parentheses => ("(", ")");

        protected override string Minus => "-";

        protected override string ArgumentSeparator => ", ";

        protected override (string Open, string Between, string Close) Fraction => (@"\frac{", "}{", "}");

        protected override (string Open, string Between, string Close) Power => ("", "^{", "}");

        protected override (string Open, string Close) Indicator => (@"\mathbb{1}[", "]");

        protected override (string Open, string Close) AbsoluteValue => (@"\left|", @"\right|");

        protected override (string Open, string RowStart, string Cell, string RowEnd, string BetweenRows, string Otherwise, string Close) Cases =>
            (@"\begin{cases} ", "", ", & ", "", @" \\ ", @"\text{otherwise}", @" \end{cases}");
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
}
