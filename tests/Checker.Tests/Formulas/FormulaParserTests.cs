using SkipNet.Checker.Formulas;
using static SkipNet.Checker.Formulas.BinaryOperator;

namespace SkipNet.Checker.Tests.Formulas;

/// <summary>What <see cref="FormulaParser.Parse"/> builds from well-formed text.</summary>
public sealed class FormulaParserTests
{
    private static Expr Parse(string text) => FormulaParser.Parse(text, name => name);

    private static Expr V(string name) => new Expr.Variable(name);

    private static Expr N(double value) => new Expr.Number(value);

    private static Expr B(BinaryOperator op, Expr left, Expr right) => new Expr.Binary(op, left, right);

    [Theory]
    [InlineData("12", 12.0)]
    [InlineData("0.5", 0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1e-3", 0.001)]
    [InlineData("2.5E+2", 250.0)]
    [InlineData("007", 7.0)]
    public void Parse_NumberLiterals_ReadAsInvariantDoubles(string text, double expected) =>
        Assert.Equal(N(expected), Parse(text));

    [Fact]
    public void Parse_MultiplicationBindsTighterThanAddition() =>
        Assert.Equal(B(Add, V("a"), B(Multiply, V("b"), V("c"))), Parse("a + b * c"));

    [Fact]
    public void Parse_SubtractionAndDivisionAreLeftAssociative()
    {
        Assert.Equal(B(Subtract, B(Subtract, V("a"), V("b")), V("c")), Parse("a - b - c"));
        Assert.Equal(B(Divide, B(Divide, V("a"), V("b")), V("c")), Parse("a / b / c"));
    }

    [Fact]
    public void Parse_PowerIsRightAssociative() =>
        Assert.Equal(B(Power, V("a"), B(Power, V("b"), V("c"))), Parse("a ^ b ^ c"));

    [Fact]
    public void Parse_PowerBindsTighterThanUnaryMinus() =>
        Assert.Equal(new Expr.Negate(B(Power, V("x"), N(2))), Parse("-x^2"));

    [Fact]
    public void Parse_ExponentMayCarryUnaryMinus() =>
        Assert.Equal(B(Power, N(2), new Expr.Negate(N(1))), Parse("2^-1"));

    [Fact]
    public void Parse_UnaryPlusIsDroppedAndUnaryMinusesStack()
    {
        Assert.Equal(V("x"), Parse("+x"));
        Assert.Equal(new Expr.Negate(new Expr.Negate(V("x"))), Parse("--x"));
        Assert.Equal(B(Subtract, V("a"), new Expr.Negate(V("b"))), Parse("a - -b"));
    }

    [Fact]
    public void Parse_ComparisonBindsLooserThanArithmetic() =>
        Assert.Equal(B(LessOrEqual, B(Add, V("a"), N(1)), B(Multiply, V("b"), N(2))), Parse("a + 1 <= b * 2"));

    [Theory]
    [InlineData("<", Less)]
    [InlineData("<=", LessOrEqual)]
    [InlineData(">", Greater)]
    [InlineData(">=", GreaterOrEqual)]
    [InlineData("==", Equal)]
    [InlineData("!=", NotEqual)]
    public void Parse_EachComparisonOperator(string symbol, BinaryOperator expected) =>
        Assert.Equal(B(expected, V("a"), V("b")), Parse($"a {symbol} b"));

    [Fact]
    public void Parse_TernaryIsRightAssociative() =>
        Assert.Equal(
            new Expr.Conditional(V("a"), V("b"), new Expr.Conditional(V("c"), V("d"), V("e"))),
            Parse("a ? b : c ? d : e"));

    [Fact]
    public void Parse_TernaryBindsLoosestOfAll() =>
        Assert.Equal(
            new Expr.Conditional(B(Less, V("a"), V("b")), B(Add, V("x"), N(1)), new Expr.Negate(V("y"))),
            Parse("a < b ? x + 1 : -y"));

    [Fact]
    public void Parse_ParenthesesOverridePrecedence() =>
        Assert.Equal(B(Multiply, B(Add, V("a"), V("b")), V("c")), Parse("(a + b) * c"));

    [Fact]
    public void Parse_GradientNameIsOneTokenNeverADivision()
    {
        Assert.Equal(V("dL/dz2"), Parse("dL/dz2"));
        Assert.Equal(B(Divide, V("dL/dz2"), V("dL/dyhat")), Parse("dL/dz2/dL/dyhat"));
    }

    [Fact]
    public void Parse_SpacedGradientSpellingIsADivision() =>
        Assert.Equal(B(Divide, V("dL"), V("dz2")), Parse("dL / dz2"));

    [Fact]
    public void Parse_ResolverReceivesNamesAsWrittenAndSuppliesCanonicalNames()
    {
        var seen = new List<string>();
        var expr = FormulaParser.Parse("relu(w5) + dL/dw5 * max(yhat, 0)", name =>
        {
            seen.Add(name);
            return name == "w5" ? "w3" : name;
        });

        Assert.Equal(["w5", "dL/dw5", "yhat"], seen);
        Assert.Equal(
            B(Add,
                new Expr.Call(FormulaFunction.Relu, [V("w3")]),
                B(Multiply, V("dL/dw5"), new Expr.Call(FormulaFunction.Max, [V("yhat"), N(0)]))),
            expr);
    }

    [Fact]
    public void Parse_FunctionNameWithoutParenthesisIsAnOrdinaryName() =>
        Assert.Equal(B(Add, V("relu"), V("step")), Parse("relu + step"));

    [Fact]
    public void Parse_FunctionNameMayBeSeparatedFromParenthesisBySpace() =>
        Assert.Equal(new Expr.Call(FormulaFunction.Abs, [V("x")]), Parse("abs (x)"));

    [Fact]
    public void Parse_WhitespaceMayAppearAnywhereBetweenTokens() =>
        Assert.Equal(Parse("max(a,b)?-1:2"), Parse(" \t max ( a ,\n b ) ?  - 1\r\n: 2 "));

    [Fact]
    public void Parse_TextOfMaxLengthIsAccepted()
    {
        var text = "1" + string.Concat(Enumerable.Repeat("+1", 999)) + " ";
        Assert.Equal(FormulaParser.MaxLength, text.Length);
        Assert.IsType<Expr.Binary>(Parse(text));
    }

    [Fact]
    public void Parse_NestingOfMaxDepthIsAccepted()
    {
        var depth = FormulaParser.MaxDepth;
        Assert.Equal(V("x"), Parse(new string('(', depth) + "x" + new string(')', depth)));
        Assert.IsType<Expr.Negate>(Parse(new string('-', depth) + "x"));
    }

    [Fact]
    public void ToString_PrintsOnlyNeededParentheses()
    {
        Assert.Equal("(a + b) * c - d / (e - f)", Parse("((a + b) * c) - (d / (e - f))").ToString());
        Assert.Equal("a ^ b ^ c + (a ^ b) ^ c + (-a) ^ 2 + -a ^ 2", Parse("a^b^c + (a^b)^c + (-a)^2 + -a^2").ToString());
        Assert.Equal("(a ? b : c) ? max(x, -1) : dL/dz2 < 1 ? 1 : 0", Parse("(a?b:c) ? max(x,-1) : (dL/dz2 < 1 ? 1 : 0)").ToString());
    }
}
