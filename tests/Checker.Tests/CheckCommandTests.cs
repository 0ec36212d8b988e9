using System.Text.Json;

namespace SkipNet.Checker.Tests;

/// <summary>
/// <c>skipnet check</c> end to end: the embedded worked example, a fully correct derivation, and derivations with
/// known mistakes. Expected verdicts come from the worked example's exact arithmetic.
/// </summary>
public sealed class CheckCommandTests
{
    internal const string Given = "given: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1}\n";

    internal const string CorrectDerivation = Given + """
        values:
          z0: 0.5
          h0: 0.5
          z1: 0.25
          h1: 0.25
          z2: 0.375
          yhat: 0.375
          loss: 2.625
          dL/dyhat: -1
          dL/dz2: -1
          dL/dw2: -0.25
          dL/dw3: -0.5
          dL/dh1: -0.5
          dL/dz1: -0.5
          dL/dw1: -0.25
          dL/dh0: -0.75
          dL/dz0: -0.75
          dL/dw0: -0.75
          updated.w0: 1.25
          updated.w1: 0.75
          updated.w2: 0.75
          updated.w3: 1
          second.yhat: 1.953125
          second.loss: 1.046875
        formulas:
          dL/dyhat: "sign(yhat - y)"
          dL/dz2: "dL/dyhat"
          dL/dw2: "dL/dz2 * h1"
          dL/dw3: "dL/dz2 * h0"
          dL/dh1: "dL/dz2 * w2"
          dL/dz1: "dL/dh1 * step(z1)"
          dL/dw1: "dL/dz1 * h0"
          dL/dh0: "dL/dz2 * w3 + dL/dz1 * w1"
          dL/dz0: "dL/dh0 * step(z0)"
          dL/dw0: "z0 > 0 ? (dL/dz2 * w3 + dL/dz1 * w1) * x : 0"
        """;

    [Fact]
    public void YamlExample_FindsExactlyItsKnownMistakes()
    {
        var run = CliRun.CheckText(WorkedExample.Yaml(), "--format", "json");
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var values = json.RootElement.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!);
        var formulas = json.RootElement.GetProperty("formulas").EnumerateArray().ToDictionary(f => f.GetProperty("name").GetString()!);

        Assert.Equal("wrong", values["loss"].GetProperty("verdict").GetString());
        Assert.Equal(2.625, values["loss"].GetProperty("correct").GetDouble());
        Assert.Contains("y + ŷ", values["loss"].GetProperty("diagnosis").GetString());
        Assert.Equal("wrong", values["second.loss"].GetProperty("verdict").GetString());
        Assert.Equal(1.046875, values["second.loss"].GetProperty("correct").GetDouble());
        Assert.Equal("right", values["second.yhat"].GetProperty("verdict").GetString());
        Assert.All(values.Where(v => v.Key is not ("loss" or "second.loss")), v => Assert.Equal("right", v.Value.GetProperty("verdict").GetString()));

        Assert.Equal("wrong", formulas["dL/dyhat"].GetProperty("verdict").GetString());
        Assert.Contains("sign flipped", formulas["dL/dyhat"].GetProperty("diagnosis").GetString());
        Assert.Equal("wrong", formulas["dL/dw0"].GetProperty("verdict").GetString());
        Assert.Contains("0 < z0 ≤ 1", formulas["dL/dw0"].GetProperty("diagnosis").GetString());
        Assert.Equal(2, formulas.Count);

        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(4, summary.GetProperty("wrong").GetInt32());
        Assert.Equal(0, summary.GetProperty("carried").GetInt32());
    }

    [Fact]
    public void YamlExample_WrongFormula_HasAShrunkCounterexampleWithBothValues()
    {
        var run = CliRun.CheckText(WorkedExample.Yaml(), "--format", "json");
        using var json = JsonDocument.Parse(run.Output);
        var formula = json.RootElement.GetProperty("formulas").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "dL/dw0");
        var c = formula.GetProperty("counterexample");
        double At(string n) => c.GetProperty(n).GetDouble();
        var z0 = At("w0") * At("x");
        Assert.InRange(z0, double.Epsilon, 1);
        Assert.All(new[] { "x", "y", "w0", "w1", "w2", "w3" }, n => Assert.Equal(At(n) * 4, Math.Round(At(n) * 4)));
        Assert.NotEqual(formula.GetProperty("claimed_at").GetDouble(), formula.GetProperty("correct_at").GetDouble());
    }

    [Fact]
    public void NoArguments_ChecksTheEmbeddedExample()
    {
        var run = CliRun.Of();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("y + ŷ computed for |y − ŷ|", run.Output);
        Assert.Contains("8 wrong, 0 carried, 7 unjudged, 4 unread", run.Output);
    }

    [Fact]
    public void CorrectDerivation_IsAllRight_ExitZero()
    {
        var run = CliRun.CheckText(CorrectDerivation, "--format", "json");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(33, json.RootElement.GetProperty("summary").GetProperty("right").GetInt32());
    }

    [Fact]
    public void ValueFollowingFromAnEarlierWrongValue_IsCarried()
    {
        var run = CliRun.CheckText(Given + "values: {dL/dz2: 1, dL/dw2: 0.25, dL/dw3: -0.5}\n", "--format", "json");
        var values = Values(run);
        Assert.Equal(("wrong", "sign flipped"), values["dL/dz2"]);
        Assert.Equal("carried", values["dL/dw2"].Verdict);
        Assert.Equal("right", values["dL/dw3"].Verdict);
    }

    [Theory]
    [InlineData("dL/dh0: -0.25", "dL/dh0", "skip term")]
    [InlineData("dL/dh0: -0.5", "dL/dh0", "main-path term")]
    [InlineData("updated.w0: -0.25", "updated.w0", "climbs")]
    [InlineData("second.yhat: 0.375", "second.yhat", "old weights")]
    [InlineData("loss: 3.375", "loss", "y + ŷ")]
    [InlineData("dL/dh1: -0.5000001", "dL/dh1", null)]
    public void WrongValue_IsDiagnosed(string claim, string name, string? diagnosis)
    {
        var values = Values(CliRun.CheckText(Given + $"values: {{{claim}}}\n", "--format", "json"));
        Assert.Equal("wrong", values[name].Verdict);
        if (diagnosis is null)
        {
            Assert.Null(values[name].Diagnosis);
        }
        else
        {
            Assert.Contains(diagnosis, values[name].Diagnosis);
        }
    }

    [Theory]
    [InlineData("second.yhat: 1.95", "right")]
    [InlineData("second.yhat: 1.9", "wrong")]
    [InlineData("second.yhat: 1.953", "right")]
    [InlineData("second.yhat: 1.9531", "right")]
    [InlineData("second.yhat: 1.9532", "wrong")]
    [InlineData("second.yhat: 2", "wrong")]
    [InlineData("loss: 2.625", "right")]
    [InlineData("loss: 2.63", "right")]
    [InlineData("loss: 2.6", "right")]
    [InlineData("loss: 2.62", "right")]
    [InlineData("loss: 2.61", "wrong")]
    public void Value_IsJudgedToThePrecisionWritten(string claim, string verdict) =>
        Assert.Equal(verdict, Values(CliRun.CheckText(Given + $"values: {{{claim}}}\n", "--format", "json")).Single().Value.Verdict);

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("0.5")]
    public void AtAKink_AnySubgradientConventionIsRight(string claim)
    {
        // x = 0 puts z0 and z1 on their kinks and y = ŷ = 0 puts L on its kink: ∂L/∂ŷ may be anything in [−1, 1].
        var text = "given: {x: 0, y: 0, w0: 1, w1: 1, w2: 1, w3: 1, learning_rate: 1}\n" + $"values: {{dL/dyhat: {claim}}}\n";
        Assert.Equal("right", Values(CliRun.CheckText(text, "--format", "json"))["dL/dyhat"].Verdict);
    }

    [Theory]
    [InlineData("dL/dw0", "(dL/dz2 * w1 + dL/dz1 * w1) * step(z0) * x", "wrong")]
    [InlineData("dL/dw0", "dL/dz0", "wrong")]
    [InlineData("dL/dz1", "dL/dz2", "wrong")]
    [InlineData("dL/dz1", "dL/dh1", "wrong")]
    [InlineData("dL/dw3", "dL/dz2 * h1", "wrong")]
    [InlineData("dL/dyhat", "2 * (yhat - y)", "wrong")]
    [InlineData("dL/dw1", "dL/dz1 * w1", "wrong")]
    [InlineData("dL/dh0", "dL/dz2 * w3 - dL/dz1 * w1", "wrong")]
    [InlineData("dL/dz1", "dL/dh1 * step(h1)", "right")]
    [InlineData("dL/dz0", "z0 >= 0 ? dL/dh0 : 0", "right")]
    [InlineData("dL/dw0", "sign(yhat - y) * x * step(z0) * (w3 + w2 * w1 * step(z1))", "right")]
    [InlineData("dL/dyhat", "yhat > y ? 1 : -1", "right")]
    public void Formula_IsJudgedAgainstTheTruth(string name, string formula, string verdict)
    {
        var judged = OnlyFormula(CliRun.CheckText(Given + $"formulas: {{{name}: \"{formula}\"}}\n", "--format", "json", "--cases", "500"));
        Assert.Equal(verdict, judged.GetProperty("verdict").GetString());
    }

    [Fact]
    public void Formula_MissingSkipTerm_IsDiagnosed()
    {
        var formula = OnlyFormula(CliRun.CheckText(Given + "formulas: {dL/dh0: \"dL/dz1 * w1\"}\n", "--format", "json", "--cases", "300"));
        Assert.Equal("wrong", formula.GetProperty("verdict").GetString());
        Assert.Contains("skip term", formula.GetProperty("diagnosis").GetString());
    }

    [Fact]
    public void Formula_WithAliases_IsResolved()
    {
        var run = CliRun.CheckText(Given + "aliases: {w5: w3, g: dL/dz2}\nformulas: {dL/dw5: \"g * h0\"}\n", "--format", "json", "--cases", "300");
        Assert.True(run.ExitCode == 0, run.Output + run.Error);
    }

    private static JsonElement OnlyFormula(CliRun run)
    {
        Assert.True(run.Error == "", run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return Assert.Single(json.RootElement.GetProperty("formulas").EnumerateArray()).Clone();
    }

    private static Dictionary<string, (string Verdict, string? Diagnosis)> Values(CliRun run)
    {
        Assert.True(run.Error == "", run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("values").EnumerateArray().ToDictionary(
            v => v.GetProperty("name").GetString()!,
            v => (v.GetProperty("verdict").GetString()!, v.GetProperty("diagnosis").GetString()));
    }
}
