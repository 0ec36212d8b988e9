using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;
using static SkipNet.Checker.Formulas.BinaryOperator;
using static SkipNet.Checker.Tests.Formulas.Latex.LatexReading;

namespace SkipNet.Checker.Tests.Formulas.Latex;

/// <summary>The LaTeX <see cref="LatexPrinter"/> writes, in the notation the answer sheets use.</summary>
public sealed class LatexPrinterTests
{
    [Theory]
    [InlineData("x", "x")]
    [InlineData("w0", "w_0")]
    [InlineData("w10", "w_{10}")]
    [InlineData("yhat", @"\hat{y}")]
    [InlineData("loss", "L")]
    [InlineData("alpha", @"\alpha")]
    [InlineData("dL/dw0", @"\frac{\partial L}{\partial w_0}")]
    [InlineData("dL/dyhat", @"\frac{\partial L}{\partial \hat{y}}")]
    [InlineData("dz2/dh1", @"\frac{\partial z_2}{\partial h_1}")]
    [InlineData("w0'", "w_0'")]
    [InlineData("updated.w0", "w_0'")]
    [InlineData("second.yhat", @"\hat{y}'")]
    [InlineData("second.loss", "L'")]
    [InlineData("my_name", @"\text{my_name}")]
    public void Name_WritesTheSheetsNotation(string name, string latex) => Assert.Equal(latex, LatexPrinter.Name(name));

    [Fact]
    public void Print_Arithmetic_UsesCdotFracAndBracedExponents()
    {
        Assert.Equal(@"w_0 \cdot x", LatexPrinter.Print(B(Multiply, V("w0"), V("x"))));
        Assert.Equal(@"\frac{1}{1 + x}", LatexPrinter.Print(B(Divide, N(1), B(Add, N(1), V("x")))));
        Assert.Equal("(y - x)^{2}", LatexPrinter.Print(B(Power, B(Subtract, V("y"), V("x")), N(2))));
        Assert.Equal(@"(\frac{a}{b})^{-1}", LatexPrinter.Print(B(Power, B(Divide, V("a"), V("b")), N(-1))));
        Assert.Equal(@"a - (b - c) \cdot -d", LatexPrinter.Print(B(Subtract, V("a"), B(Multiply, B(Subtract, V("b"), V("c")), Neg(V("d"))))));
    }

    [Fact]
    public void Print_Functions_InTheSheetsSpelling()
    {
        Assert.Equal(@"\operatorname{ReLU}(z_0)", LatexPrinter.Print(Call(FormulaFunction.Relu, V("z0"))));
        Assert.Equal(@"\left|y - \hat{y}\right|", LatexPrinter.Print(Call(FormulaFunction.Abs, B(Subtract, V("y"), V("yhat")))));
        Assert.Equal(@"\max(0, z)", LatexPrinter.Print(Call(FormulaFunction.Max, N(0), V("z"))));
        Assert.Equal(@"\sigma(z) + \ln(z)", LatexPrinter.Print(B(Add, Call(FormulaFunction.Sigmoid, V("z")), Call(FormulaFunction.Log, V("z")))));
        Assert.Equal(@"\operatorname{leaky}(z, 0.01)", LatexPrinter.Print(Call(FormulaFunction.Leaky, V("z"), N(0.01))));
    }

    [Fact]
    public void Print_ComparisonAsAValue_IsItsIndicator() =>
        Assert.Equal(@"2 \cdot \mathbb{1}[z \le 0]", LatexPrinter.Print(B(Multiply, N(2), B(LessOrEqual, V("z"), N(0)))));

    [Fact]
    public void Print_ConditionalsEndingInNaN_AreCasesWithoutOtherwise() =>
        Assert.Equal(
            @"\begin{cases} a, & z > 0 \\ b, & z \le 0 \end{cases}",
            LatexPrinter.Print(If(B(Greater, V("z"), N(0)), V("a"), If(B(LessOrEqual, V("z"), N(0)), V("b"), NaN))));

    [Fact]
    public void Print_ConditionalWithAValueLast_EndsInOtherwise() =>
        Assert.Equal(
            @"\begin{cases} a, & \left|c\right| > 0 \\ b, & \text{otherwise} \end{cases}",
            LatexPrinter.Print(If(V("c"), V("a"), V("b"))));

    [Theory]
    [InlineData(1e-7, "0.0000001")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(12345678.9, "12345678.9")]
    [InlineData(1.5e20, "150000000000000000000")]
    [InlineData(double.NaN, @"\frac{0}{0}")]
    [InlineData(double.NegativeInfinity, @"-\frac{1}{0}")]
    public void Print_Numbers_InPlainDecimals(double value, string latex) => Assert.Equal(latex, LatexPrinter.Print(N(value)));

    [Fact]
    public void Print_SheetFormula_ReadsBackToTheSameTree()
    {
        // ∂L/∂h0 = ∂L/∂z2·w3 + ∂L/∂z1·w1, as the sheet writes it.
        var formula = B(Add, B(Multiply, V("dL/dz2"), V("w3")), B(Multiply, V("dL/dz1"), V("w1")));
        Assert.Equal(formula, Single(LatexPrinter.Print(formula)));
    }
}
