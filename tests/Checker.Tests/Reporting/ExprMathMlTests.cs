using SkipNet.Checker.Reporting;
using static SkipNet.Checker.Formulas.BinaryOperator;
using static SkipNet.Checker.Tests.Formulas.Latex.LatexReading;

namespace SkipNet.Checker.Tests.Reporting;

/// <summary>The presentation MathML <see cref="ExprMathMl"/> writes for the HTML reports, spelled out by hand.</summary>
public sealed class ExprMathMlTests
{
    [Theory]
    [InlineData("w0", "<msub><mi>w</mi><mn>0</mn></msub>")]
    [InlineData("yhat", "<mover accent=\"true\"><mi>y</mi><mo>^</mo></mover>")]
    [InlineData("loss", "<mi>L</mi>")]
    [InlineData("lr", "<mi>α</mi>")]
    [InlineData("updated.w0", "<msup><msub><mi>w</mi><mn>0</mn></msub><mo>′</mo></msup>")]
    [InlineData("a<b", "<mi mathvariant=\"normal\">a&lt;b</mi>")]
    public void Name_TypesetsAndEscapes(string name, string mathMl) => Assert.Equal(mathMl, ExprMathMl.Name(name));

    /// <summary>A negative right operand is parenthesised as written by hand: 0.5 + (−0.5), not 0.5 + −0.5.</summary>
    [Fact]
    public void Print_NegativeRightOperand_IsParenthesised() =>
        Assert.Equal(
            "<mrow><mrow><mn>0.5</mn></mrow><mo>+</mo><mrow><mo>(</mo><mo>−</mo><mn>0.5</mn><mo>)</mo></mrow></mrow>",
            ExprMathMl.Print(B(Add, N(0.5), N(-0.5))));

    /// <summary>g_0(z_0), which the reader takes as a product, is shown applied.</summary>
    [Fact]
    public void Print_ActivationTimesArgument_IsShownApplied() =>
        Assert.Equal(
            "<mrow><msub><mi>g</mi><mn>0</mn></msub><mo>(</mo><mrow><msub><mi>z</mi><mn>0</mn></msub></mrow><mo>)</mo></mrow>",
            ExprMathMl.Print(B(Multiply, V("g0"), V("z0"))));

    /// <summary>A chain of conditionals is one brace of rows; one ending in NaN (no condition holds) has no "otherwise" row.</summary>
    [Fact]
    public void Print_Cases_OneRowEachOtherwiseOnlyWhenDefined()
    {
        const string row = "<mtr><mtd><mrow><mn>1</mn></mrow><mo>,</mo></mtd><mtd><mrow><mi>z</mi></mrow><mo>&gt;</mo><mrow><mn>0</mn></mrow></mtd></mtr>";
        const string open = "<mrow><mo>{</mo><mtable columnalign=\"left left\">";
        Assert.Equal(open + row + "</mtable></mrow>", ExprMathMl.Print(If(B(Greater, V("z"), N(0)), N(1), NaN)));
        Assert.Equal(
            open + row + "<mtr><mtd><mrow><mn>0</mn></mrow><mo>,</mo></mtd><mtd><mtext>otherwise</mtext></mtd></mtr></mtable></mrow>",
            ExprMathMl.Print(If(B(Greater, V("z"), N(0)), N(1), N(0))));
    }
}
