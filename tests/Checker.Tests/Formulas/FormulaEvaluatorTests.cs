using SkipNet.Checker.Formulas;

namespace SkipNet.Checker.Tests.Formulas;

/// <summary>What <see cref="FormulaEvaluator.Evaluate"/> computes.</summary>
public sealed class FormulaEvaluatorTests
{
    private static double Eval(string text, Func<string, double>? valueOf = null) =>
        FormulaEvaluator.Evaluate(FormulaParser.Parse(text, name => name), valueOf ?? (name => throw new KeyNotFoundException(name)));

    [Theory]
    [InlineData("1 + 2 * 3", 7.0)]
    [InlineData("(1 + 2) * 3", 9.0)]
    [InlineData("7 - 2 - 1", 4.0)]
    [InlineData("8 / 4 / 2", 1.0)]
    [InlineData("2 ^ 3 ^ 2", 512.0)]
    [InlineData("-2 ^ 2", -4.0)]
    [InlineData("2 ^ -1", 0.5)]
    [InlineData("+3 - -3", 6.0)]
    public void Evaluate_ArithmeticFollowsPrecedence(string text, double expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("1 < 2", 1.0)]
    [InlineData("2 < 2", 0.0)]
    [InlineData("2 <= 2", 1.0)]
    [InlineData("3 > 2", 1.0)]
    [InlineData("2 >= 3", 0.0)]
    [InlineData("2 == 2", 1.0)]
    [InlineData("2 != 2", 0.0)]
    [InlineData("1 + 1 == 2", 1.0)]
    public void Evaluate_ComparisonsGiveOneOrZero(string text, double expected) => Assert.Equal(expected, Eval(text));

    [Theory]
    [InlineData("1 ? 2 : 3", 2.0)]
    [InlineData("-0.5 ? 2 : 3", 2.0)]
    [InlineData("0 ? 2 : 3", 3.0)]
    [InlineData("0 ? 1 : 0 ? 2 : 3", 3.0)]
    [InlineData("0 ? 1 : 1 ? 2 : 3", 2.0)]
    public void Evaluate_ConditionalPicksBranchByNonZeroCondition(string text, double expected) => Assert.Equal(expected, Eval(text));

    [Fact]
    public void Evaluate_ConditionalTreatsNaNAsFalse() => Assert.Equal(3.0, Eval("n ? 2 : 3", _ => double.NaN));

    [Fact]
    public void Evaluate_ConditionalEvaluatesOnlyTheTakenBranch()
    {
        Assert.Equal(2.0, Eval("1 ? 2 : boom", name => throw new InvalidOperationException(name)));
        Assert.Equal(3.0, Eval("0 ? boom : 3", name => throw new InvalidOperationException(name)));
    }

    [Theory]
    [InlineData("relu(-2)", 0.0)]
    [InlineData("relu(0)", 0.0)]
    [InlineData("relu(3)", 3.0)]
    [InlineData("step(0)", 0.0)]
    [InlineData("step(0.1)", 1.0)]
    [InlineData("step(-1)", 0.0)]
    [InlineData("sign(-3)", -1.0)]
    [InlineData("sign(0)", 0.0)]
    [InlineData("sign(2)", 1.0)]
    [InlineData("abs(-2)", 2.0)]
    [InlineData("max(1, 2)", 2.0)]
    [InlineData("min(1, 2)", 1.0)]
    public void Evaluate_Functions(string text, double expected) => Assert.Equal(expected, Eval(text));

    [Fact]
    public void Evaluate_SignOfNaNIsNaN() => Assert.True(double.IsNaN(Eval("sign(n)", _ => double.NaN)));

    [Theory]
    [InlineData(0.8, 0.5, -1.0)]
    [InlineData(0.2, 0.5, 1.0)]
    [InlineData(0.5, 0.5, 1.0)]
    public void Evaluate_SignOfErrorExample(double yhat, double y, double expected)
    {
        var values = new Dictionary<string, double> { ["yhat"] = yhat, ["y"] = y };
        Assert.Equal(expected, Eval("yhat > y ? -1 : 1", name => values[name]));
    }

    [Theory]
    [InlineData(2.0, -8.0)]
    [InlineData(1.0, 0.0)]
    [InlineData(0.5, 0.0)]
    public void Evaluate_BackpropExample_WithAliasedWeight(double z0, double expected)
    {
        // w5 shares its value with w3, so the resolver canonicalises it and w5 itself is never looked up.
        string[] known = ["z0", "x", "w1", "w3", "w5", "dL/dz1", "dL/dz2"];
        var expr = FormulaParser.Parse(
            "z0 > 1 ? (dL/dz2 * w5 + dL/dz1 * w1) * x : 0",
            name => name == "w5" ? "w3" : known.Contains(name) ? name : null);
        var values = new Dictionary<string, double>
        {
            ["z0"] = z0, ["x"] = 4, ["w1"] = 3, ["w3"] = 2, ["dL/dz1"] = -1, ["dL/dz2"] = 0.5,
        };

        // (0.5·2 + (−1)·3)·4 = −8 when z0 > 1.
        Assert.Equal(expected, FormulaEvaluator.Evaluate(expr, name => values[name]));
        Assert.Equal("z0 > 1 ? (dL/dz2 * w3 + dL/dz1 * w1) * x : 0", expr.ToString());
    }

    [Fact]
    public void Evaluate_LongestPossibleChainDoesNotOverflow()
    {
        var text = "1" + string.Concat(Enumerable.Repeat("+1", (FormulaParser.MaxLength - 1) / 2));
        var expr = FormulaParser.Parse(text, name => name);
        Assert.Equal(1000.0, FormulaEvaluator.Evaluate(expr, _ => 0));
        Assert.Equal(text.Replace("+", " + "), expr.ToString());
    }

    /// <summary>The variants' functions, against System.Math: tanh, σ(u) = 1/(1 + e^−u), ln(1 + e^u), e^u, ln, leaky ReLU.</summary>
    [Fact]
    public void Evaluate_VariantFunctions_AreTheTextbookOnes()
    {
        Assert.Equal(Math.Tanh(0.5), Eval("tanh(0.5)"));
        Assert.Equal(1 / (1 + Math.Exp(-2.0)), Eval("sigmoid(2)"), 1e-16);
        Assert.Equal(Math.Log(1 + Math.Exp(0.75)), Eval("softplus(0.75)"), 1e-15);
        Assert.Equal(0.5, Eval("sigmoid(0)"));
        Assert.Equal(Math.E, Eval("exp(1)"));
        Assert.Equal(0, Eval("log(1)"));
        Assert.Equal(-0.2, Eval("leaky(-2, 0.1)"), 1e-17);
        Assert.Equal(3, Eval("leaky(3, 0.1)"));
    }
}
