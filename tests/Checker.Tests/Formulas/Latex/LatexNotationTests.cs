using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;
using static SkipNet.Checker.Formulas.BinaryOperator;
using static SkipNet.Checker.Tests.Formulas.Latex.LatexReading;

namespace SkipNet.Checker.Tests.Formulas.Latex;

/// <summary>What each notation reads as: the trees are written out by hand.</summary>
public sealed class LatexNotationTests
{
    [Theory]
    [InlineData("0.5", 0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("0.250", 0.25)]
    [InlineData("12", 12.0)]
    [InlineData("0{,}5", 0.5)]
    public void Read_NumberLiterals_AreNumbers(string math, double value) => Assert.Equal(N(value), Single(math));

    [Fact]
    public void Read_SignedNumbers_AreNegatedOrPlain()
    {
        Assert.Equal(Neg(N(0.5)), Single("-0.5"));
        Assert.Equal(N(1), Single("+1"));
    }

    [Fact]
    public void Read_ArithmeticOperators_BindAsUsual()
    {
        // a + b·c − d/e, with \times and \cdot both products.
        Assert.Equal(
            B(Subtract, B(Add, V("a"), B(Multiply, V("b"), V("c"))), B(Divide, V("d"), V("e"))),
            Single(@"a + b \cdot c - d / e"));
        Assert.Equal(B(Multiply, N(2), N(3)), Single(@"2 \times 3"));
    }

    [Fact]
    public void Read_Juxtaposition_Multiplies()
    {
        Assert.Equal(B(Multiply, V("w2"), V("h0")), Single("w_2 h_0"));
        Assert.Equal(B(Multiply, N(2), V("x")), Single("2x"));
        Assert.Equal(B(Multiply, V("dL/dz2"), V("w5")), Single(@"\frac{dL}{dz_2} w_5"));
        // A sign is never juxtaposed: a − b is a difference.
        Assert.Equal(B(Subtract, V("a"), V("b")), Single("a - b"));
    }

    [Theory]
    [InlineData(@"1\,000", 4)]
    [InlineData("2 3", 3)]
    [InlineData("x 0.5", 3)]
    public void Read_NumberAfterAnOperand_IsNotJuxtaposed(string math, int column)
    {
        var unread = Unread(math);
        Assert.Equal(column, unread.Column);
        Assert.StartsWith("unexpected", unread.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ThinSpaces_AreLayout() =>
        Assert.Equal(B(Add, B(Multiply, V("w2"), V("h0")), N(1)), Single(@"w_2\,h_0 \; + \! 1\:"));

    [Fact]
    public void Read_Power_TakesOneTokenOrABracedExponent()
    {
        Assert.Equal(B(Power, V("x"), N(2)), Single("x^2"));
        Assert.Equal(B(Power, V("x"), B(Add, V("a"), N(1))), Single("x^{a+1}"));
        // −x² is −(x²).
        Assert.Equal(Neg(B(Power, V("x"), N(2))), Single("-x^2"));
    }

    [Fact]
    public void Read_Fraction_IsADivisionUnlessItIsADerivative()
    {
        Assert.Equal(B(Divide, N(1), B(Add, N(1), V("x"))), Single(@"\frac{1}{1 + x}"));
        Assert.Equal(B(Divide, V("a"), V("b")), Single(@"\frac a b"));
    }

    [Theory]
    [InlineData("(a + b) c")]
    [InlineData("[a + b] c")]
    [InlineData(@"\{a + b\} c")]
    [InlineData(@"\left(a + b\right) c")]
    [InlineData(@"\left[a + b\right] c")]
    [InlineData(@"\left\{a + b\right\} c")]
    [InlineData(@"\bigl(a + b\bigr) c")]
    [InlineData("{a + b} c")]
    public void Read_Brackets_Group(string math) =>
        Assert.Equal(B(Multiply, B(Add, V("a"), V("b")), V("c")), Single(math));

    [Theory]
    [InlineData("|y - x|")]
    [InlineData(@"\left|y - x\right|")]
    [InlineData(@"\lvert y - x\rvert")]
    public void Read_Bars_AreAbsoluteValue(string math) =>
        Assert.Equal(Call(FormulaFunction.Abs, B(Subtract, V("y"), V("x"))), Single(math));

    [Fact]
    public void Read_BarsNextToOperands_PairLeftToRight()
    {
        // 2|x| + ||a| − b|: the bar after 2 opens, the one after x closes; the second bar of "||" opens again.
        Assert.Equal(
            B(Add, B(Multiply, N(2), Call(FormulaFunction.Abs, V("x"))), Call(FormulaFunction.Abs, B(Subtract, Call(FormulaFunction.Abs, V("a")), V("b")))),
            Single("2|x| + | |a| - b|"));
    }

    [Theory]
    [InlineData("x", "x")]
    [InlineData("y", "y")]
    [InlineData("w_0", "w0")]
    [InlineData("w_{0}", "w0")]
    [InlineData("w_{10}", "w10")]
    [InlineData("z_0", "z0")]
    [InlineData("h_0", "h0")]
    [InlineData(@"\hat{y}", "yhat")]
    [InlineData(@"\hat y", "yhat")]
    [InlineData(@"\widehat{y}", "yhat")]
    [InlineData("L", "loss")]
    [InlineData(@"L(\hat{y}, y)", "loss")]
    [InlineData(@"\alpha", "alpha")]
    [InlineData(@"\eta", "eta")]
    [InlineData("w_5", "w5")]
    [InlineData("x_1", "x1")]
    [InlineData("w_0'", "w0'")]
    [InlineData(@"\hat{y}'", "yhat'")]
    [InlineData("L'", "loss'")]
    public void Read_Names_PassTheFormulaLanguagesSpelling(string math, string written) => Assert.Equal(V(written), Single(math));

    [Theory]
    [InlineData(@"\frac{\partial L}{\partial w_0}", "dL/dw0")]
    [InlineData(@"\frac{dL}{dw_0}", "dL/dw0")]
    [InlineData(@"\frac{d L}{d w_0}", "dL/dw0")]
    [InlineData(@"\frac{\mathrm{d}L}{\mathrm{d}w_0}", "dL/dw0")]
    [InlineData(@"\partial L/\partial w_0", "dL/dw0")]
    [InlineData(@"dL/dw_0", "dL/dw0")]
    [InlineData(@"\frac{\partial L}{\partial \hat{y}}", "dL/dyhat")]
    [InlineData(@"\frac{dL}{dy}", "dL/dy")]
    [InlineData(@"\frac{\partial z_2}{\partial h_1}", "dz2/dh1")]
    [InlineData(@"\frac{\partial \hat{y}}{\partial z_2}", "dyhat/dz2")]
    [InlineData(@"\frac{dL}{dw_5}", "dL/dw5")]
    public void Read_Derivatives_AreOneWrittenName(string math, string written) => Assert.Equal(V(written), Single(math));

    [Fact]
    public void Read_UnknownName_IsUnreadAtItsColumn()
    {
        var unread = Unread("h_0 + g_0(z_0)", name => name == "g0" ? null : name);
        Assert.Equal((7, "unknown name 'g0'"), (unread.Column, unread.Reason));
    }

    [Fact]
    public void Read_NameResolvedToAFunction_IsApplied() =>
        Assert.Equal(Call(FormulaFunction.Relu, V("z0")), ReadWith("g_0(z_0)", name => name == "g0" ? "relu" : name));

    [Fact]
    public void Read_NameResolvedToAQuantity_MultipliesWhatFollows() =>
        Assert.Equal(B(Multiply, V("g0"), V("z0")), Single("g_0(z_0)"));

    [Theory]
    [InlineData(@"\text{ReLU}(z_0)")]
    [InlineData(@"\mathrm{ReLU}(z_0)")]
    [InlineData(@"\operatorname{ReLU}(z_0)")]
    [InlineData(@"\operatorname{relu}(z_0)")]
    [InlineData(@"ReLU(z_0)")]
    [InlineData(@"\text{ReLU}\left(z_0\right)")]
    public void Read_Relu_InEverySpelling(string math) => Assert.Equal(Call(FormulaFunction.Relu, V("z0")), Single(math));

    [Theory]
    [InlineData(@"\max(0, z)", FormulaFunction.Max)]
    [InlineData(@"\operatorname{max}(0, z)", FormulaFunction.Max)]
    [InlineData(@"\min(0, z)", FormulaFunction.Min)]
    public void Read_TwoArgumentFunctions_KeepTheirComma(string math, FormulaFunction function) =>
        Assert.Equal(Call(function, N(0), V("z")), Single(math));

    [Theory]
    [InlineData(@"\operatorname{sign}(z)", FormulaFunction.Sign)]
    [InlineData(@"\text{sgn}(z)", FormulaFunction.Sign)]
    [InlineData(@"\tanh(z)", FormulaFunction.Tanh)]
    [InlineData(@"\sigma(z)", FormulaFunction.Sigmoid)]
    [InlineData(@"\exp(z)", FormulaFunction.Exp)]
    [InlineData(@"\log(z)", FormulaFunction.Log)]
    [InlineData(@"\ln(z)", FormulaFunction.Log)]
    [InlineData(@"\operatorname{softplus}(z)", FormulaFunction.Softplus)]
    [InlineData(@"\operatorname{step}(z)", FormulaFunction.Step)]
    [InlineData(@"e^{z}", FormulaFunction.Exp)]
    public void Read_OneArgumentFunctions(string math, FormulaFunction function) => Assert.Equal(Call(function, V("z")), Single(math));

    [Fact]
    public void Read_FunctionWithoutParentheses_TakesTheJuxtaposedProduct()
    {
        Assert.Equal(Call(FormulaFunction.Tanh, V("z1")), Single(@"\tanh z_1"));
        Assert.Equal(Call(FormulaFunction.Relu, N(1.25)), Single(@"\text{ReLU} 1.25"));
        // \tanh 2x = tanh(2x), but an explicit product ends the argument.
        Assert.Equal(Call(FormulaFunction.Tanh, B(Multiply, N(2), V("x"))), Single(@"\tanh 2x"));
        Assert.Equal(B(Multiply, Call(FormulaFunction.Tanh, V("z")), V("w")), Single(@"\tanh z \cdot w"));
    }

    [Fact]
    public void Read_SigmaNotApplied_IsAName() => Assert.Equal(B(Multiply, V("sigma"), V("z")), Single(@"\sigma z"));

    [Fact]
    public void Read_LeakyRelu_TakesTheSlopeByNameWhenNotGiven()
    {
        Assert.Equal(Call(FormulaFunction.Leaky, V("z"), V("slope")), Single(@"\operatorname{LeakyReLU}(z)"));
        Assert.Equal(Call(FormulaFunction.Leaky, V("z"), N(0.1)), Single(@"\operatorname{LeakyReLU}(z, 0.1)"));
    }

    [Fact]
    public void Read_Huber_IsItsTwoPieces()
    {
        // Huber_δ(r) at δ = 1: r = 0.5 lies on the square piece (0.125), r = −3 on the linear one (1·(|−3| − 0.5) = 2.5).
        var huber = Single(@"\operatorname{Huber}(r)");
        Assert.Equal(0.125, Value(huber, new Dictionary<string, double> { ["r"] = 0.5, ["delta"] = 1 }));
        Assert.Equal(2.5, Value(huber, new Dictionary<string, double> { ["r"] = -3, ["delta"] = 1 }));
    }

    [Fact]
    public void Read_HuberWithItsDelta_TakesItAsTheSecondArgument()
    {
        // δ = 2: r = 1.5 lies on the square piece, 1.5²/2 = 1.125.
        Assert.Equal(1.125, Value(Single(@"\operatorname{Huber}(r, 2)"), new Dictionary<string, double> { ["r"] = 1.5 }));
    }

    [Theory]
    [InlineData("a ≤ b · c − d", "a", "b * c - d")]
    [InlineData("∂L/∂w_0 ← 1", "dL/dw0", "1")]
    public void Read_UnicodeSymbols_AreTheirCommands(string math, string left, string right)
    {
        var chain = Assert.Single(Chains(math));
        Assert.Equal([left, right], chain.Sides.Select(side => side.Expr!.ToString()));
    }

    [Fact]
    public void Read_IndexedL_IsNotTheLoss() => Assert.Equal(V("L1"), Single("L_1"));

    [Theory]
    // ReLU′(0.5) = 1 and ReLU′(0) = 0 (PyTorch's convention); tanh′(0) = 1; σ′(0) = 1/4; softplus′(0) = σ(0) = 1/2.
    [InlineData(@"\operatorname{ReLU}'(z)", 0.5, 1.0)]
    [InlineData(@"\operatorname{ReLU}'(z)", 0.0, 0.0)]
    [InlineData(@"\tanh'(z)", 0.0, 1.0)]
    [InlineData(@"\sigma'(z)", 0.0, 0.25)]
    [InlineData(@"\operatorname{softplus}'(z)", 0.0, 0.5)]
    [InlineData(@"\operatorname{LeakyReLU}'(z)", -2.0, 0.01)]
    [InlineData(@"\operatorname{LeakyReLU}'(z)", 2.0, 1.0)]
    public void Read_PrimedFunction_IsItsDerivative(string math, double z, double derivative) =>
        Assert.Equal(derivative, Value(Single(math), new Dictionary<string, double> { ["z"] = z, ["slope"] = 0.01 }));

    [Theory]
    [InlineData(@"\mathbb{1}[z > 0]")]
    [InlineData(@"\mathbb{1}_{z > 0}")]
    [InlineData(@"\mathbb 1 (z > 0)")]
    [InlineData(@"\mathbf{1}\left[z > 0\right]")]
    public void Read_Indicator_IsItsCondition(string math) => Assert.Equal(B(Greater, V("z"), N(0)), Single(math));

    [Fact]
    public void Read_IndicatorOfAChain_HoldsWhereBothDo()
    {
        var indicator = Single(@"\mathbb{1}[0 < z \le 1]");
        Assert.Equal(B(Multiply, B(Less, N(0), V("z")), B(LessOrEqual, V("z"), N(1))), indicator);
    }

    [Theory]
    [InlineData(@"\begin{cases} a, & z > 0 \\ b, & z \leq 0 \end{cases}")]
    [InlineData(@"\begin{cases} a & , z > 0 \\ b & , z \le 0 \end{cases}")]
    [InlineData(@"\begin{cases} a, z > 0 \\ b, z \leq 0 \end{cases}")]
    [InlineData(@"\begin{cases} a & \text{if } z > 0 \\ b & \text{if } z \leq 0 \\ \end{cases}")]
    [InlineData(@"\begin{cases} a \text{, if } z > 0 \\ b, & \text{for } z \leq 0 \end{cases}")]
    public void Read_Cases_AreConditionalsEndingInNaN(string math) =>
        Assert.Equal(If(B(Greater, V("z"), N(0)), V("a"), If(B(LessOrEqual, V("z"), N(0)), V("b"), NaN)), Single(math));

    [Fact]
    public void Read_CasesWithOtherwise_EndInTheirLastValue() =>
        Assert.Equal(If(B(Greater, V("z"), N(0)), V("a"), V("b")), Single(@"\begin{cases} a, & z > 0 \\ b, & \text{otherwise} \end{cases}"));

    [Fact]
    public void Read_CasesWithAGap_AreUndefinedInIt()
    {
        // z_0 > 1 / z_0 ≤ 0 leaves (0, 1] uncovered: there the value is NaN, not the last case's 0.
        var cases = Single(@"\begin{cases} x, & z_0 > 1 \\ 0, & z_0 \leq 0 \end{cases}");
        Assert.Equal(2.0, Value(cases, new Dictionary<string, double> { ["x"] = 2, ["z0"] = 1.5 }));
        Assert.Equal(0.0, Value(cases, new Dictionary<string, double> { ["x"] = 2, ["z0"] = -1 }));
        Assert.True(double.IsNaN(Value(cases, new Dictionary<string, double> { ["x"] = 2, ["z0"] = 0.5 })));
    }

    [Theory]
    [InlineData(@"\underline{\underline{4.95}}")]
    [InlineData(@"\boxed{4.95}")]
    public void Read_Decorations_AreTheirContent(string math) => Assert.Equal(N(4.95), Single(math));

    private static Expr ReadWith(string math, Func<string, string?> resolveName) =>
        Assert.Single(Assert.Single(LatexMathReader.Read(math, resolveName)).Sides).Expr!;
}
