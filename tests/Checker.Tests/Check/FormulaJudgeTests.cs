using System.Text.Json;

namespace SkipNet.Checker.Tests.Check;

/// <summary>Formulas undefined somewhere, and formulas wrong only on a tie: verdicts, not crashes, at the simplest point.</summary>
public sealed class FormulaJudgeTests
{
    private const string Given = "given: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1}\n";

    /// <summary>
    /// (ŷ − y)/|ŷ − y| is 0/0 at ŷ = y. At x = 0, y = 0 and every weight 0, ŷ = 0 = y: the formula is NaN there and
    /// the truth (PyTorch's sign(0)) is 0. JSON writes the NaN as null with the reason beside it.
    /// </summary>
    [Fact]
    public void UndefinedFormula_IsWrongAtTheSimplestTie_AndJsonWritesNull()
    {
        var run = CliRun.CheckText(Given + "formulas:\n  dL/dyhat: \"(yhat - y) / abs(yhat - y)\"\n", "--format", "json");

        Assert.Equal((1, ""), (run.ExitCode, run.Error));
        using var json = JsonDocument.Parse(run.Output);
        var formula = Assert.Single(json.RootElement.GetProperty("formulas").EnumerateArray());
        Assert.Equal("wrong", formula.GetProperty("verdict").GetString());
        Assert.Equal("undefined at ŷ = y", formula.GetProperty("diagnosis").GetString());
        Assert.Equal(JsonValueKind.Null, formula.GetProperty("claimed_at").ValueKind);
        Assert.Equal("NaN", formula.GetProperty("claimed_at_undefined").GetString());
        Assert.Equal(0, formula.GetProperty("correct_at").GetDouble());
        Assert.All(new[] { "x", "y", "w0", "w1", "w2", "w3" }, n => Assert.Equal(0, formula.GetProperty("counterexample").GetProperty(n).GetDouble()));
    }

    [Fact]
    public void UndefinedFormula_TextReportSaysUndefined()
    {
        var run = CliRun.CheckText(Given + "formulas:\n  dL/dyhat: \"(yhat - y) / abs(yhat - y)\"\n");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at x = 0, y = 0, w0 = 0, w1 = 0, w2 = 0, w3 = 0 it is undefined (NaN); the truth is 0", run.Output);
        Assert.Contains("    undefined at ŷ = y", run.Output);
    }

    /// <summary>
    /// 5 at the tie and sign(ŷ − y) elsewhere: wrong only on the tie, where the truth is any of [−1, 1]. Shrunk along
    /// the tie to x = 0, y = 0; the condition is named as a point.
    /// </summary>
    [Fact]
    public void FormulaWrongOnlyAtTheTie_NamesThePoint()
    {
        var run = CliRun.CheckText(Given + "formulas:\n  dL/dyhat: \"yhat == y ? 5 : sign(yhat - y)\"\n", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var formula = Assert.Single(json.RootElement.GetProperty("formulas").EnumerateArray());
        Assert.Equal("a wrong condition: wrong only at ŷ = y", formula.GetProperty("diagnosis").GetString());
        Assert.Equal(5, formula.GetProperty("claimed_at").GetDouble());
        Assert.All(new[] { "x", "y" }, n => Assert.Equal(0, formula.GetProperty("counterexample").GetProperty(n).GetDouble()));
    }
}
