using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FsCheck.Fluent;
using SkipNet.Points;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Tests;

/// <summary>
/// Every command's output, unchanged by a refactoring: <c>solve</c> (text, JSON, LaTeX), <c>gradcheck</c> (JSON),
/// <c>check</c> (JSON, a derivation written at the point with one slip) and <c>fuzz</c> (JSON without its timing) at
/// <see cref="Points"/> seeded points each, variants in turn, plus the embedded submissions. Each output's SHA-256
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
    }

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
