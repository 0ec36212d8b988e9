using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using FsCheck.Fluent;
using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Reading.Documents;
using SkipNet.Checker.Reporting;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Tests;

/// <summary>
/// Every command's output, unchanged by a refactoring: <c>solve</c> (text, JSON, LaTeX), <c>gradcheck</c> (JSON),
/// <c>check</c> (JSON, a derivation written at the point with one slip) and <c>fuzz</c> (JSON without its timing) at
/// <see cref="Points"/> seeded points each, variants in turn, plus the embedded submissions; then at every 25th point
/// the JSON of <c>gradcheck --sweep</c> and <c>--widths</c>, <c>fuzz</c> as printed, a LaTeX answer sheet checked as a
/// document, and check reports holding NaN, ±∞, -0 and other edge numbers. Each output's SHA-256
/// (its first 16 hex digits) is compared with <c>Golden/outputs.txt</c>, written by the code before the change:
/// <c>SKIPNET_WRITE_GOLDEN=1 dotnet test --filter OutputsUnchanged</c> rewrites it when a change of output is meant.
/// </summary>
public sealed class OutputsUnchangedTests
{
    private const int Points = 1000;

    private static readonly string GoldenPath =
        Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Golden", "outputs.txt");

    [Fact]
    public void EveryCommand_AtSeededPoints_GivesTheRecordedOutput()
    {
        var actual = Outputs().Select(o => $"{o.Key} {Hash(o.Output)}").ToList();
        if (Environment.GetEnvironmentVariable("SKIPNET_WRITE_GOLDEN") == "1")
        {
            File.WriteAllLines(GoldenPath, actual);
        }

        var expected = File.ReadAllLines(GoldenPath);
        Assert.Equal(expected.Length, actual.Count);
        var first = expected.Zip(actual).FirstOrDefault(pair => pair.First != pair.Second);
        Assert.True(first == default, $"the first output that changed: {first.Second} (recorded {first.First})");
    }

    private static IEnumerable<(string Key, string Output)> Outputs()
    {
        yield return ("check-embedded-md", CliRun.Of("check", "--format", "json").Output);
        yield return ("check-embedded-text", CliRun.Of().Output);
        yield return ("check-yaml-example", CliRun.CheckText(WorkedExample.Yaml(), "--format", "json").Output);
        var points = Gen.Sample(Gen.Frequency((3, Generators.AnyPointGen), (1, Generators.KinkPointGen)), Points, SeededRnd.For(13), 100).ToArray();
        var variants = (from a in Enum.GetValues<ActivationKind>() from l in Enum.GetValues<LossKind>() select (a, l)).ToArray();
        for (var i = 0; i < points.Length; i++)
        {
            var (p, s) = (points[i].Parameters, points[i].Sample);
            var (activation, loss) = variants[i % variants.Length];
            string[] point = ["--x", R(s.X), "--y", R(s.Y), "--w0", R(p.W0), "--w1", R(p.W1), "--w2", R(p.W2), "--w3", R(p.W3)];
            string[] variant = ["--activation", Activation.Of(activation).Name, "--loss", LossFunction.Of(loss).Name];
            yield return ($"solve-text-{i}", CliRun.Of(["solve", .. point, .. variant]).Output);
            yield return ($"solve-json-{i}", CliRun.Of(["solve", "--format", "json", .. point, .. variant]).Output);
            yield return ($"solve-latex-{i}", CliRun.Of(["solve", "--format", "latex", .. point, .. variant]).Output);
            if (i % 5 == 0)
            {
                yield return ($"gradcheck-{i}", CliRun.Of(["gradcheck", "--format", "json", .. point, .. variant]).Output);
                yield return ($"fuzz-{i}", CliRun.Of(["fuzz", "--format", "json", "--cases", "200", "--threads", "1", "--seed", $"{i}", .. variant]).FuzzFindings());
            }

            if (i % 10 == 0)
            {
                yield return ($"check-{i}", CliRun.CheckText(Derivation(point), "--format", "json", "--cases", "100").Output);
            }
        }

        foreach (var output in MoreJson(points, variants))
        {
            yield return output;
        }
    }

    // The JSON the loop above leaves out: the sweep, --widths, fuzz as printed (indented), LaTeX documents, numbers that are not finite.
    private static IEnumerable<(string Key, string Output)> MoreJson(Point[] points, (ActivationKind, LossKind)[] variants)
    {
        string[] widths = ["1,1,1,1", "2,3,2,1", "3,1,2,2"];
        for (var i = 0; i < points.Length; i += 25)
        {
            var (p, s) = (points[i].Parameters, points[i].Sample);
            var (activation, loss) = variants[i / 25 % variants.Length];
            string[] point = ["--x", R(s.X), "--y", R(s.Y), "--w0", R(p.W0), "--w1", R(p.W1), "--w2", R(p.W2), "--w3", R(p.W3)];
            string[] variant = ["--activation", Activation.Of(activation).Name, "--loss", LossFunction.Of(loss).Name];
            foreach (var of in new[] { "w0", "w1", "w2", "w3", "x" })
            {
                yield return ($"gradcheck-sweep-{i}-{of}", CliRun.Of(["gradcheck", "--sweep", "--of", of, "--format", "json", .. point]).Output);
            }

            var w = widths[i / 25 % widths.Length];
            yield return ($"gradcheck-widths-{i}", CliRun.Of(["gradcheck", "--format", "json", "--widths", w, "--seed", $"{i}", .. variant]).Output);
            string[] fuzz = ["fuzz", "--format", "json", "--cases", "40", "--threads", "1", "--seed", $"{i}", .. variant];
            yield return ($"fuzz-printed-{i}", Untimed(CliRun.Of(i % 50 == 0 ? [.. fuzz, "--widths", w] : fuzz).Output));
            if (i % 50 == 0)
            {
                string[] options = [.. point, .. variant, "--lr", "0.5"];
                var sheet = CliRun.Of(["solve", "--format", "latex", .. options]).Output;
                yield return ($"check-tex-{i}", CliRun.CheckFile(sheet, ".tex", ["--format", "json", "--cases", "50", .. options]).Output);
            }
        }

        yield return ("check-md-testdata", CliRun.CheckFile(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestData", "worked-example-submission.md")), ".md", "--format", "json", "--cases", "100").Output);
        double[] numbers = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.1, 1e-05, -0.0, 1e300, double.Epsilon, 123456789.125];
        for (var k = 0; k < numbers.Length; k++)
        {
            yield return ($"check-report-nonfinite-{k}", CheckReportJson.Of(NumbersReport(numbers, k)));
            yield return ($"check-report-nonfinite-document-{k}", CheckReportJson.Of(NumbersReport(numbers, k) with
            {
                GivenFrom = "front matter: ŷ ∂ <&> \"q\"",
                Steps = [.. numbers.Select((_, j) => new StepJudgement(
                    new WrittenStep(j + 1, $"\\hat{{y}} = {j} ∂", null, null, null, $"{j}", LatexRelation.Equal),
                    Enum.GetValues<Verdict>()[j % 4], j % 3 == 0 ? null : numbers[(j + k) % numbers.Length], j % 2 == 0 ? null : "ŷ written"))],
                Assumptions = [new Assumption(3, "dL/dy read as ∂L/∂ŷ")],
                Unread = k % 2 == 0 ? [] : [new UnreadMath(4, "g_2(z_2)", "no rule for g_2")],
            }));
        }
    }

    // Every number in turn as claimed, correct, counterexample coordinate and value there, from the k-th on.
    private static CheckReport NumbersReport(double[] numbers, int k)
    {
        double N(int j) => numbers[(j + k) % numbers.Length];
        var place = new SourcePlace("f", 2, 1);
        var values = numbers.Select((_, j) => new ValueJudgement(
            $"v{j}", j == 4 ? "1/3" : N(j).ToString(CultureInfo.InvariantCulture), N(j + 1), Enum.GetValues<Verdict>()[j % 3], j % 2 == 0 ? null : "ŷ − y", place));
        var formulas = numbers.Select((_, j) => new FormulaJudgement(
            new FormulaClaim($"dL/dw{j % 4}", "yhat / 0 ∂", new Expr.Number(0), place),
            j % 3 == 0 ? null : new Counterexample(new Point(new Parameters(N(j + 2), N(j + 3), N(j + 4), N(j + 5)), new Sample(N(j), N(j + 1))), N(j + 6), N(j + 7)),
            j % 2 == 0 ? null : "sign flipped"));
        return new CheckReport("f", [.. values], [.. formulas]);
    }

    // A fuzz run as printed, its one timing-dependent number zeroed.
    private static string Untimed(string json) =>
        Regex.Replace(json, "\"cases_per_second\": [^,\r\n]+", "\"cases_per_second\": 0");

    // The point's given with three claimed values and one formula: ŷ as solved, ∂L/∂w3 with a slip, and ∂L/∂w2's formula.
    private static string Derivation(string[] point)
    {
        var json = System.Text.Json.JsonDocument.Parse(CliRun.Of(["solve", "--format", "json", .. point]).Output).RootElement;
        double Get(string section, string name) => json.GetProperty(section).GetProperty(name).GetDouble();
        var given = string.Join(", ", new[] { "x", "y", "w0", "w1", "w2", "w3" }.Select(n => $"{n}: {point[Array.IndexOf(point, "--" + n) + 1]}"));
        return $"given: {{{given}, learning_rate: 1}}\nvalues:\n  yhat: {R(Get("forward", "yhat"))}\n  dL/dw3: {R(Get("gradients", "dL/dw3") + 1)}\n" +
               "formulas:\n  dL/dw2: \"dL/dz2 * h1\"\n";
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
