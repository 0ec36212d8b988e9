using System.Text.Json;
using SkipNet.Checker.Cli;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Tests;

/// <summary>
/// <c>skipnet gradcheck</c> with a variant (at widths 1,1,1,1, in the scalar table) and with --widths (a point drawn
/// from --seed, every weight and x entry): analytic values against the exact oracle computed here, mismatches reported.
/// </summary>
public sealed class VariantGradCheckCommandTests
{
    private static readonly Variant SigmoidHuber = new(Activation.Sigmoid, LossFunction.Huber(1));

    [Fact]
    public void Variant_WorkedExample_EveryRowIsOk_AndAgreesWithTheExactOracle()
    {
        var run = CliRun.Of("gradcheck", "--activation", "sigmoid", "--loss", "huber", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(["w0", "w1", "w2", "w3", "x"], rows.Select(r => r.GetProperty("variable").GetString()));
        Assert.All(rows, r => Assert.Equal("ok", r.GetProperty("verdict").GetString()));
        var (w, s) = (WeightMatrices.FromScalars(Parameters.WorkedExample), VectorSample.FromScalars(Sample.WorkedExample));
        foreach (var (row, node) in rows.Zip(new[] { Node.W0, Node.W1, Node.W2, Node.W3, Node.X }))
        {
            var exact = EntryExactDerivative.Slopes(new Entry(node, 0), w, s, SigmoidHuber);
            Assert.Equal(exact.Right, row.GetProperty("exact").GetDouble());
            Assert.Equal(exact.Right, row.GetProperty("analytic").GetDouble(), 1e-15);
        }

        Assert.Equal("sigmoid", json.RootElement.GetProperty("variant").GetProperty("activation").GetString());
        Assert.Contains("(sigmoid, huber (delta 1))", CliRun.Of("gradcheck", "--activation", "sigmoid", "--loss", "huber").Output);
    }

    [Fact]
    public void Wide_EveryEntryIsChecked_AgainstTheExactOracle_AndThePointIsPrinted()
    {
        var run = CliRun.Of("gradcheck", "--widths", "2,3,2,2", "--activation", "tanh", "--loss", "squared", "--seed", "5", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var variant = new Variant(Activation.Tanh, LossFunction.Squared);
        var point = GradCheckCommand.PointOf(variant, new Widths(2, 3, 2, 2), 5);
        Assert.Equal(point.ToString(), json.RootElement.GetProperty("point").GetString());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        // W0 3×2, W1 2×3, W2 2×2, W3 2×3, x 2: 6 + 6 + 4 + 6 + 2.
        Assert.Equal(24, rows.Count);
        Assert.Equal(24, rows.Select(r => r.GetProperty("entry").GetString()).Distinct().Count());
        foreach (var row in rows)
        {
            var entry = Parse(row.GetProperty("entry").GetString()!);
            var exact = EntryExactDerivative.Slopes(entry, point.Weights, point.Sample, variant);
            Assert.Equal(exact.Left, exact.Right); // tanh and r²: no kink anywhere
            Assert.Equal(exact.Right, row.GetProperty("analytic").GetDouble(), 1e-9 * Math.Max(1, Math.Abs(exact.Right)));
            Assert.Equal("ok", row.GetProperty("verdict").GetString());
        }

        var text = CliRun.Of("gradcheck", "--widths", "2,3,2,2", "--activation", "tanh", "--loss", "squared", "--seed", "5").Output;
        Assert.Contains("gradient check at the point drawn from seed 5: tanh, squared; widths 2,3,2,2; W0 = [[", text);
        Assert.Matches(@"│ W1 +│ 6 +│ 6 +│ 0 +│ 0 +│", text);
        Assert.Contains("every gradient checks out", text);
    }

    /// <summary>
    /// h = 10 reaches across ReLU's kinks, where r² is not linear: the one-sided differences then exclude the analytic
    /// value, which is a mismatch of the check (exit 1) and is listed entry by entry.
    /// </summary>
    [Fact]
    public void Wide_StepFarTooLarge_ReportsEveryMismatch_ExitOne()
    {
        string[] args = ["gradcheck", "--widths", "2,2,2,2", "--loss", "squared", "--h", "10"];
        var run = CliRun.Of([.. args, "--format", "json"]);
        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var mismatches = json.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("verdict").GetString() == "mismatch").ToList();
        Assert.NotEmpty(mismatches);
        // Each is the step's fault, not the gradient's: the analytic value is the exact one.
        Assert.All(mismatches, r => Assert.Equal(r.GetProperty("exact_right").GetDouble(), r.GetProperty("analytic").GetDouble(), 1e-9));
        var text = CliRun.Of(args);
        Assert.Equal(1, text.ExitCode);
        Assert.Contains($"{mismatches.Count} mismatch(es)", text.Output);
        Assert.All(mismatches, r => Assert.Contains($"│ {r.GetProperty("entry").GetString()} ", text.Output));
    }

    [Theory]
    [InlineData("--widths", "2,2,2,2", "--x", "1")]
    [InlineData("--widths", "2,2,2,2", "--w3", "0.5")]
    [InlineData("--widths", "0,1,1,1")]
    [InlineData("--widths", "1,1,1,65")]
    [InlineData("--widths", "1,2,3")]
    [InlineData("--widths", "a,b,c,d")]
    [InlineData("--seed", "3")]
    [InlineData("--sweep", "--activation", "tanh")]
    [InlineData("--sweep", "--widths", "2,2,2,2")]
    [InlineData("--loss", "squared", "--delta", "2")]
    [InlineData("--activation", "softmax")]
    public void BadOption_IsOneLineAndExitTwo(params string[] options)
    {
        var run = CliRun.Of(["gradcheck", .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Equal("", run.Output);
    }

    // "W1[2,0]" → (W1, 2, 0); "x[1]" → (X, 1).
    private static Entry Parse(string text)
    {
        var name = text[..text.IndexOf('[', StringComparison.Ordinal)];
        var indices = text[(name.Length + 1)..^1].Split(',').Select(int.Parse).ToArray();
        return new Entry(Enum.Parse<Node>(name, ignoreCase: true), indices[0], indices.Length > 1 ? indices[1] : 0);
    }
}
