using System.Globalization;
using System.Text.Json;
using FsCheck.Fluent;
using SkipNet.Points;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Tests.Check;

/// <summary>
/// SkipNet's own answer sheets, <c>skipnet solve --format latex</c> saved as a .tex file, read back by <c>skipnet check</c>
/// with the same options: every value, formula and step right, nothing unjudged or unread.
/// </summary>
public sealed class AnswerSheetCheckTests
{
    private static readonly string[] Variants =
    [
        .. from activation in Enum.GetValues<ActivationKind>()
        from loss in Enum.GetValues<LossKind>()
        select $"--activation {Activation.Of(activation).Name} --loss {LossFunction.Of(loss).Name}" +
               (activation == ActivationKind.LeakyRelu ? " --slope 0.1" : "") + (loss == LossKind.Huber ? " --delta 0.5" : ""),
    ];

    public static TheoryData<string> EveryVariant => new(Variants);

    [Theory]
    [MemberData(nameof(EveryVariant))]
    public void SheetAtTheWorkedExample_ReadsBackAllRight(string variant) => AssertReadsBackClean(variant.Split(' '), "1000");

    /// <summary>100 points of the property generators (teaching, log-uniform and kinks), variants in turn.</summary>
    [Fact]
    public void SheetsAtGeneratedPoints_ReadBackAllRight()
    {
        var points = Gen.Sample(Gen.Frequency((3, Generators.AnyPointGen), (1, Generators.KinkPointGen)), 100, SeededRnd.For(7), 100).ToArray();
        var variants = Variants;
        for (var i = 0; i < points.Length; i++)
        {
            var (p, s) = (points[i].Parameters, points[i].Sample);
            string[] point = ["--x", R(s.X), "--y", R(s.Y), "--w0", R(p.W0), "--w1", R(p.W1), "--w2", R(p.W2), "--w3", R(p.W3), "--lr", "0.5"];
            if (CliRun.Of(["solve", "--format", "latex", .. point, .. variants[i % variants.Length].Split(' ')]).ExitCode == 0)
            {
                AssertReadsBackClean([.. point, .. variants[i % variants.Length].Split(' ')], "50");
            }
        }
    }

    private static void AssertReadsBackClean(string[] options, string cases)
    {
        var sheet = CliRun.Of(["solve", "--format", "latex", .. options]);
        Assert.Equal(0, sheet.ExitCode);
        var run = CliRun.CheckFile(sheet.Output, ".tex", ["--format", "json", "--cases", cases, .. options]);
        using var json = JsonDocument.Parse(run.Output);
        var summary = json.RootElement.GetProperty("summary");
        var notRight = json.RootElement.GetProperty("values").EnumerateArray()
            .Concat(json.RootElement.GetProperty("formulas").EnumerateArray())
            .Concat(json.RootElement.GetProperty("steps").EnumerateArray())
            .Where(item => item.GetProperty("verdict").GetString() != "right")
            .Select(item => item.ToString())
            .Concat(json.RootElement.GetProperty("unread").EnumerateArray().Select(u => "unread " + u))
            .ToList();
        Assert.True(notRight.Count == 0, string.Join(" ", options) + "\n" + string.Join("\n", notRight));
        // The sheet claims 7 forward values, 10 gradients, 4 updated weights and the second pass's ŷ' and L'.
        Assert.Equal(23, json.RootElement.GetProperty("values").GetArrayLength());
        Assert.Equal(0, summary.GetProperty("unread").GetInt32());
    }

    private static string R(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
