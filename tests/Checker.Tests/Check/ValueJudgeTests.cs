using System.Globalization;
using System.Text.Json;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reading;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Tests.Check;

/// <summary>
/// The cases a new user met: rounded work carried on, one early mistake carried through masks and skipped steps.
/// Expected verdicts from the worked example's exact arithmetic (x = 1, y = 3, every weight 0.5, α = 1).
/// </summary>
public sealed class ValueJudgeTests
{
    private const string Given = "given: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1";

    /// <summary>
    /// tanh and the squared loss, every value rounded to 4 decimals and the rounded values carried on: all right.
    /// Where the truth itself rounds differently (h1: tanh(0.2311) = 0.2271 but tanh(0.231059…) = 0.2270; L: (3 − 0.3446)²
    /// = 7.0511 but the truth is 7.05128…) the value is right "from rounded inputs".
    /// </summary>
    [Fact]
    public void TanhSquared_FourDecimalsCarriedOn_IsAllRight()
    {
        var given = Checker.Given.WorkedExample with { Variant = new Variant(Activation.Tanh, LossFunction.Squared) };
        var rounded = StudentWork.Of(given, (_, v) => v.ToString("F4", CultureInfo.InvariantCulture));
        var exact = StudentWork.Of(given, StudentWork.Exact).ToDictionary(c => c.Name, c => double.Parse(c.Text, CultureInfo.InvariantCulture));
        var yaml = Given + ", activation: tanh, loss: squared}\nvalues:\n" + string.Concat(rounded.Select(c => $"  {c.Name}: {c.Text}\n"));

        var values = Values(CliRun.CheckText(yaml, "--format", "json"));

        Assert.Equal(28, values.Count);
        Assert.All(rounded, c => Assert.Equal(
            ("right", Math.Abs(double.Parse(c.Text, CultureInfo.InvariantCulture) - exact[c.Name]) > 0.5e-4 ? ValueJudge.FromRoundedInputs : null),
            values[c.Name]));
        Assert.Equal(("0.2271", ValueJudge.FromRoundedInputs), (rounded.Single(c => c.Name == "h1").Text, values["h1"].Diagnosis));
        Assert.Equal(("7.0511", ValueJudge.FromRoundedInputs), (rounded.Single(c => c.Name == "loss").Text, values["loss"].Diagnosis));
        Assert.Equal("0.2270", Math.Tanh(0.5 * Math.Tanh(0.5)).ToString("F4", CultureInfo.InvariantCulture));
    }

    /// <summary>∂L/∂h0 = −0.25 drops the skip term (truth −0.75); ∂L/∂z0 = −0.25·ReLU′(0.5) and ∂L/∂w0 = −0.25·x follow from it.</summary>
    [Fact]
    public void MaskStepFromTheOwnWrongValue_IsCarried()
    {
        var values = Values(CliRun.CheckText(Given + "}\nvalues: {dL/dh0: -0.25, dL/dz0: -0.25, dL/dw0: -0.25}\n", "--format", "json"));
        Assert.Equal(("wrong", Diagnoses.SkipMissing), values["dL/dh0"]);
        Assert.Equal(("carried", "carried from dL/dh0"), values["dL/dz0"]);
        Assert.Equal(("carried", "carried from dL/dz0"), values["dL/dw0"]);
    }

    /// <summary>∂L/∂w0 = −0.25 from the own ∂L/∂h0 = −0.25, with ∂L/∂z0 never written: filled in by its step, carried.</summary>
    [Fact]
    public void SkippedIntermediate_FilledInFromTheOwnValues_IsCarried()
    {
        var values = Values(CliRun.CheckText(Given + "}\nvalues: {dL/dh0: -0.25, dL/dw0: -0.25}\n", "--format", "json"));
        Assert.Equal("wrong", values["dL/dh0"].Verdict);
        Assert.Equal(("carried", "carried from dL/dh0"), values["dL/dw0"]);
    }

    /// <summary>∂L/∂h1 = −1 (w2 dropped; truth −0.5), then ∂L/∂z1 = −1·ReLU′(0.25) and ∂L/∂w1 = −1·h0 = −0.5 from it.</summary>
    [Fact]
    public void SecondMaskStepFromTheOwnWrongValue_IsCarried()
    {
        var values = Values(CliRun.CheckText(Given + "}\nvalues: {dL/dh1: -1, dL/dz1: -1, dL/dw1: -0.5}\n", "--format", "json"));
        Assert.Equal("wrong", values["dL/dh1"].Verdict);
        Assert.Equal(("carried", "carried from dL/dh1"), values["dL/dz1"]);
        Assert.Equal(("carried", "carried from dL/dz1"), values["dL/dw1"]);
    }

    /// <summary>
    /// z1 = −0.25 (sign flipped; truth 0.25): the student's own mask ReLU′(−0.25) = 0 gives h1 = 0, ŷ = 0.25, L = 2.75,
    /// ∂L/∂z1 = 0 and ∂L/∂w1 = 0, all carried; ∂L/∂ŷ = −1 is right (its sign is the truth's).
    /// </summary>
    [Fact]
    public void MaskOfTheOwnWrongForwardValue_IsCarried()
    {
        var values = Values(CliRun.CheckText(
            Given + "}\nvalues: {z1: -0.25, h1: 0, yhat: 0.25, loss: 2.75, dL/dyhat: -1, dL/dz1: 0, dL/dw1: 0}\n", "--format", "json"));
        Assert.Equal("wrong", values["z1"].Verdict);
        Assert.Equal(("carried", "carried from z1"), values["h1"]);
        Assert.Equal("carried", values["yhat"].Verdict);
        Assert.Equal(("carried", "carried from yhat"), values["loss"]);
        Assert.Equal(("right", null), values["dL/dyhat"]);
        Assert.Equal(("carried", "carried from z1"), values["dL/dz1"]);
        Assert.Equal(("carried", "carried from dL/dz1"), values["dL/dw1"]);
    }

    /// <summary>The second pass from the derivation's own (wrong) updated weights: w0 ← 0.5 + 0.75 = 1.25 climbs … carried.</summary>
    [Fact]
    public void SecondPassFromTheOwnUpdatedWeights_IsCarried()
    {
        // updated.w3 = 0.5 − (−0.5) = 1 is right; updated.w2 = 0.25 is a slip (truth 0.75). Second pass:
        // z0 = 1.25, h0 = 1.25, z1 = 0.9375, h1 = 0.9375, z2 = 0.25·0.9375 + 1·1.25 = 1.484375.
        var values = Values(CliRun.CheckText(
            Given + "}\nvalues: {updated.w0: 1.25, updated.w1: 0.75, updated.w2: 0.25, updated.w3: 1, second.z1: 0.9375, second.z2: 1.484375, second.loss: 1.515625}\n",
            "--format", "json"));
        Assert.Equal("wrong", values["updated.w2"].Verdict);
        Assert.Equal(("right", null), values["second.z1"]);
        Assert.Equal(("carried", "carried from updated.w2"), values["second.z2"]);
        Assert.Equal(("carried", "carried from second.z2"), values["second.loss"]);
    }

    /// <summary>In process: ∂L/∂h0 = −0.25 drops the skip term; ∂L/∂w0 = −0.25 follows from it; ∂L/∂w3 = −0.5 is right.</summary>
    [Fact]
    public void Judge_OneWrongValueAndItsConsequence_NamesTheMistakeOnceAndCarriesTheRest()
    {
        var judged = Judge(Checker.Given.WorkedExample, ("dL/dh0", "-0.25"), ("dL/dw0", "-0.25"), ("dL/dw3", "-0.5"));

        Assert.Equal(["dL/dw3", "dL/dh0", "dL/dw0"], judged.Select(j => j.Name)); // working order, not written order
        Assert.Equal((Verdict.Right, (string?)null), (judged[0].Verdict, judged[0].Diagnosis));
        Assert.Equal((Verdict.Wrong, Diagnoses.SkipMissing, -0.75), (judged[1].Verdict, judged[1].Diagnosis, judged[1].Correct));
        Assert.Equal((Verdict.Carried, "carried from dL/dh0", -0.75), (judged[2].Verdict, judged[2].Diagnosis, judged[2].Correct));
    }

    /// <summary>∂L/∂w0 = −0.25 with the right ∂L/∂h0 = −0.75 follows from nothing wrong: a mistake of its own.</summary>
    [Fact]
    public void Judge_WrongValueFromRightInputs_IsWrongNotCarried()
    {
        var judged = Judge(Checker.Given.WorkedExample, ("dL/dh0", "-0.75"), ("dL/dw0", "-0.25"));

        Assert.Equal([Verdict.Right, Verdict.Wrong], judged.Select(j => j.Verdict));
        Assert.Equal(Diagnoses.SkipMissing, judged[1].Diagnosis);
    }

    /// <summary>
    /// tanh: h0 = tanh(0.5) = 0.4621… written "0.5" (±0.05) is right; z1 = w1·h0 written "0.25" (±0.005) misses the truth
    /// 0.2311 but is w1 times the rounded h0: right, from rounded inputs.
    /// </summary>
    [Fact]
    public void Judge_ValueFromARoundedRightInput_IsRightFromRoundedInputs()
    {
        var given = Checker.Given.WorkedExample with { Variant = new Variant(Activation.Tanh, LossFunction.L1) };
        var judged = Judge(given, ("h0", "0.5"), ("z1", "0.25"));

        Assert.Equal((Verdict.Right, (string?)null), (judged[0].Verdict, judged[0].Diagnosis));
        Assert.Equal((Verdict.Right, ValueJudge.FromRoundedInputs), (judged[1].Verdict, judged[1].Diagnosis));
        Assert.True(Math.Abs(0.25 - 0.5 * Math.Tanh(0.5)) > 0.005);
    }

    private static IReadOnlyList<ValueJudgement> Judge(Given given, params (string Name, string Text)[] claims) =>
        ValueJudge.Judge(new Submission(
            "in process",
            given,
            new Dictionary<string, string>(),
            [.. claims.Select((c, i) => new ValueClaim(c.Name, c.Text, double.Parse(c.Text, CultureInfo.InvariantCulture), new SourcePlace("in process", i + 1, 1)))],
            []));

    internal static Dictionary<string, (string Verdict, string? Diagnosis)> Values(CliRun run)
    {
        Assert.True(run.Error == "", run.Error);
        using var json = JsonDocument.Parse(run.Output);
        return json.RootElement.GetProperty("values").EnumerateArray().ToDictionary(
            v => v.GetProperty("name").GetString()!,
            v => (v.GetProperty("verdict").GetString()!, v.GetProperty("diagnosis").GetString()));
    }
}
