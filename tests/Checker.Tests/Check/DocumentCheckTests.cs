using System.Text.Json;

namespace SkipNet.Checker.Tests.Check;

/// <summary>
/// <c>skipnet check</c> on derivations as students write them, Markdown and LaTeX. Expected values from the worked
/// example's exact arithmetic (x = 1, y = 3, every weight 0.5, α = 1: ŷ = 0.375, L = 2.625, ∂L/∂w0 = −0.75, the
/// second pass ŷ = 1.953125, L = 1.046875), or by hand at the point a front matter gives.
/// </summary>
public sealed class DocumentCheckTests
{
    /// <summary>The worked example's own submission, as handed in: exactly its known mistakes, nothing else wrong.</summary>
    [Fact]
    public void EmbeddedSubmission_HasExactlyItsKnownMistakes()
    {
        var run = CliRun.Of("check", "--format", "json");
        Assert.Equal((1, ""), (run.ExitCode, run.Error));
        var report = Report.Of(run);

        Assert.Equal(["loss@59", "second.loss@107"], report.Wrong("values"));
        Assert.Equal(["dL/dyhat@21", "dL/dw0@77"], report.Wrong("formulas"));
        Assert.Equal([59, 79, 107, 107], report.WrongSteps);
        Assert.Empty(report.Carried);
        Assert.Equal((2.625, 1.046875), (report.Value("loss").GetProperty("correct").GetDouble(), report.Value("second.loss").GetProperty("correct").GetDouble()));
        Assert.Equal("y + ŷ computed for |y − ŷ|", report.Value("loss").GetProperty("diagnosis").GetString());
        Assert.Contains("sign flipped", report.Formula("dL/dyhat", 21).GetProperty("diagnosis").GetString());
        Assert.Contains("0 < z0 ≤ 1", report.Formula("dL/dw0", 77).GetProperty("diagnosis").GetString());
        Assert.Equal("dL/dz2 * w3: written 0.5, true -0.5", report.Step(79).GetProperty("diagnosis").GetString());
        Assert.Superset(
            new HashSet<string> { "z2", "loss", "dL/dw2", "dL/dw1", "dL/dw0", "updated.w0", "updated.w3", "second.z1", "second.yhat", "second.loss" },
            report.ValueNames.ToHashSet());
        Assert.Equal("dL/dy read as ∂L/∂ŷ: the target y is data, nothing differentiates by it", Assert.Single(report.Json.GetProperty("assumptions").EnumerateArray()).GetProperty("text").GetString());
    }

    /// <summary>A LaTeX document, ∂ notation in align* and \[ \], every value and formula right.</summary>
    [Fact]
    public void TexDocument_AllRight_ExitZero()
    {
        const string tex = """
            \documentclass{article}
            \begin{document}
            % the forward pass
            \begin{align*}
            z_0 &= w_0 x = 0.5 \\
            h_0 &= \operatorname{ReLU}(z_0) = 0.5 \\
            z_1 &= w_1 h_0 = 0.25 \\
            h_1 &= \operatorname{ReLU}(z_1) = 0.25 \\
            z_2 &= w_2 h_1 + w_3 h_0 = 0.375 \\
            L &= |y - \hat{y}| = 2.625
            \end{align*}
            \[ \frac{\partial L}{\partial \hat{y}} = \operatorname{sign}(\hat{y} - y) = -1 \]
            \begin{align*}
            \frac{\partial L}{\partial w_2} &= \frac{\partial L}{\partial \hat{y}} h_1 = -0.25 \\
            \frac{\partial L}{\partial w_0} &= \frac{\partial L}{\partial \hat{y}} (w_3 + w_2 w_1 \mathbb{1}[z_1 > 0]) \mathbb{1}[z_0 > 0] x = -0.75
            \end{align*}
            \end{document}
            """;
        var run = CliRun.CheckFile(tex, ".tex", "--format", "json", "--cases", "300");
        var report = Report.Of(run);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(["z0", "h0", "z1", "h1", "z2", "loss", "dL/dyhat", "dL/dw2", "dL/dw0"], report.ValueNames);
        Assert.All(report.Items("values").Concat(report.Items("formulas")).Concat(report.Items("steps")), i => Assert.Equal("right", i.GetProperty("verdict").GetString()));
        Assert.Equal(0, report.Json.GetProperty("summary").GetProperty("unread").GetInt32());
        Assert.Equal(8, report.Json.GetProperty("formulas").GetArrayLength());
    }

    /// <summary>
    /// z2 = 0.25·0.5 + 0.5·0.5 slipped to 0.475 (truth 0.375): that step and z2 are wrong; ŷ = 0.475 and
    /// L = |3 − 0.475| = 2.525 follow from it and are carried, the arithmetic 2.525 itself right.
    /// </summary>
    [Fact]
    public void ArithmeticSlip_IsNamedOnce_WhatFollowsIsCarried()
    {
        const string md = """
            $$z_2 = w_2 h_1 + w_3 h_0 = 0.25 \cdot 0.5 + 0.5 \cdot 0.5 = 0.475$$

            $$\hat{y} = z_2 = 0.475$$

            $$L = |y - \hat{y}| = |3 - 0.475| = 2.525$$
            """;
        var report = Report.Of(CliRun.CheckFile(md, ".md", "--format", "json", "--cases", "300"));
        Assert.Equal(["z2@1"], report.Wrong("values"));
        Assert.Equal(["yhat@3", "loss@5"], report.Carried);
        Assert.Equal([1], report.WrongSteps);
        Assert.Equal("carried from yhat", report.Value("loss").GetProperty("diagnosis").GetString());
        Assert.Equal("right", report.Step(5, "|3 - 0.475| = 2.525").GetProperty("verdict").GetString());
        Assert.Equal("carried", report.Step(5, @"|y - \hat{y}| = |3 - 0.475|").GetProperty("verdict").GetString());
    }

    /// <summary>∂L/∂z1 = ∂L/∂h1 without ReLU′(z1): wrong exactly where z1 &lt; 0 (at z1 = 0 any slope in [0, 1] is right).</summary>
    [Fact]
    public void MissingMask_IsAWrongFormula_WrongOnlyWhereTheUnitIsDead()
    {
        var report = Report.Of(CliRun.CheckFile(@"$$\frac{\partial L}{\partial z_1} = \frac{\partial L}{\partial h_1}$$", ".md", "--format", "json", "--cases", "500"));
        Assert.Equal(["dL/dz1@1"], report.Wrong("formulas"));
        Assert.Equal("a wrong condition: wrong only for z1 < 0", report.Formula("dL/dz1", 1).GetProperty("diagnosis").GetString());
    }

    /// <summary>The skip weight called w_s: the document's own equation for z2 makes it w3.</summary>
    [Fact]
    public void OtherSkipWeightName_IsLearnedFromTheForwardEquation()
    {
        const string md = """
            $$z_2 = w_2 h_1 + w_s h_0 = 0.375$$

            $$\frac{\partial L}{\partial w_s} = \frac{\partial L}{\partial z_2} h_0 = -0.5$$
            """;
        var run = CliRun.CheckFile(md, ".md", "--format", "json", "--cases", "300");
        var report = Report.Of(run);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("right", report.Value("dL/dw3").GetProperty("verdict").GetString());
        Assert.Equal("right", report.Formula("dL/dw3", 3).GetProperty("verdict").GetString());
    }

    /// <summary>
    /// Another point from the front matter, x = 2, y = 1, w = (1, −1, 0.5, 0.25), α = 0.5: z0 = 2, z1 = −2 (dead),
    /// ŷ = 0.25·2 = 0.5, L = 0.5, ∂L/∂ŷ = −1, ∂L/∂w3 = −2, ∂L/∂z1 = 0, ∂L/∂h0 = −0.25, ∂L/∂w0 = −0.5, w0 ← 1.25.
    /// </summary>
    [Fact]
    public void FrontMatterPoint_IsTheGiven()
    {
        const string md = """
            ---
            given: {x: 2, y: 1, w0: 1, w1: -1, w2: 0.5, w3: 0.25, learning_rate: 0.5}
            ---
            $$z_0 = w_0 x = 2 \quad z_1 = w_1 h_0 = -2 \quad \hat{y} = 0.5 \cdot 0 + 0.25 \cdot 2 = 0.5 \quad L = |1 - 0.5| = 0.5$$

            $$\frac{\partial L}{\partial w_3} = -1 \cdot 2 = -2 \quad \frac{\partial L}{\partial z_1} = 0 \quad \frac{\partial L}{\partial h_0} = -1 \cdot 0.25 + 0 = -0.25$$

            $$\frac{\partial L}{\partial w_0} = -0.25 \cdot 2 = -0.5 \quad w_0 = 1 - 0.5 \cdot (-0.5) = 1.25$$
            """;
        var run = CliRun.CheckFile(md, ".md", "--format", "json");
        var report = Report.Of(run);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("the front matter", report.Json.GetProperty("given_from").GetString());
        Assert.Equal(["z0", "z1", "yhat", "loss", "dL/dw3", "dL/dz1", "dL/dh0", "dL/dw0", "updated.w0"], report.ValueNames);
    }

    /// <summary>
    /// α and the updated weight are no quantities of a generated point, so a formula naming them is no formula claim but
    /// a step at the given: ∂L/∂w0 = −0.75 there, max(α, x) = max(1, 1) = 1 and w0′ + x = 1.25 + 1 = 2.25.
    /// </summary>
    [Fact]
    public void FormulaNamingAConstantOrTheUpdate_IsAStepAtTheGiven()
    {
        const string md = """
            $$\frac{\partial L}{\partial w_0} = \max(\alpha, x)$$

            $$\frac{\partial L}{\partial w_0} = w_0' + x$$
            """;
        var report = Report.Of(CliRun.CheckFile(md, ".md", "--format", "json"));
        Assert.Empty(report.Items("formulas"));
        Assert.Equal([1, 3], report.WrongSteps);
        Assert.All(report.Items("steps"), s => Assert.Equal(-0.75, s.GetProperty("correct").GetDouble()));
    }

    /// <summary>z and h name no quantity beside the network's names (which layer's?): that side is unread, not judged; alone they define the activation.</summary>
    [Fact]
    public void ActivationLetters_BesideTheNetworksNames_AreUnread()
    {
        const string md = """
            $$\frac{\partial L}{\partial \hat{y}} = h$$

            $$h = \max(0, z)$$
            """;
        var report = Report.Of(CliRun.CheckFile(md, ".md", "--format", "json"));
        Assert.Empty(report.Items("formulas"));
        Assert.Equal(["unjudged@1", "right@3"], report.Items("steps").Select(s => $"{s.GetProperty("verdict").GetString()}@{s.GetProperty("line").GetInt32()}"));
        var unread = Assert.Single(report.Items("unread"));
        Assert.Equal("h", unread.GetProperty("text").GetString());
        Assert.StartsWith("'h' names no quantity of the network here", unread.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A check report's JSON, read the way the tests ask of it.</summary>
    private sealed record Report(JsonElement Json)
    {
        public static Report Of(CliRun run)
        {
            Assert.True(run.Error == "", run.Error);
            using var json = JsonDocument.Parse(run.Output);
            return new Report(json.RootElement.Clone());
        }

        public IEnumerable<JsonElement> Items(string section) => Json.GetProperty(section).EnumerateArray();

        public string[] Wrong(string section) =>
            [.. Items(section).Where(i => i.GetProperty("verdict").GetString() == "wrong").Select(i => $"{i.GetProperty("name").GetString()}@{i.GetProperty("line").GetInt32()}")];

        public string[] Carried =>
            [.. Items("values").Where(i => i.GetProperty("verdict").GetString() == "carried").Select(i => $"{i.GetProperty("name").GetString()}@{i.GetProperty("line").GetInt32()}")];

        public int[] WrongSteps => [.. Items("steps").Where(s => s.GetProperty("verdict").GetString() == "wrong").Select(s => s.GetProperty("line").GetInt32())];

        public string[] ValueNames => [.. Items("values").Select(v => v.GetProperty("name").GetString()!)];

        public JsonElement Value(string name) => Items("values").Single(v => v.GetProperty("name").GetString() == name);

        public JsonElement Formula(string name, int line) =>
            Items("formulas").First(f => f.GetProperty("name").GetString() == name && f.GetProperty("line").GetInt32() == line);

        public JsonElement Step(int line) => Items("steps").Single(s => s.GetProperty("line").GetInt32() == line && s.GetProperty("verdict").GetString() == "wrong");

        public JsonElement Step(int line, string text) => Items("steps").Single(s => s.GetProperty("line").GetInt32() == line && s.GetProperty("text").GetString() == text);
    }
}
