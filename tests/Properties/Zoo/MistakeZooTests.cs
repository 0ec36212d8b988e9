using FsCheck;
using Xunit.Abstractions;


namespace SkipNet.Properties.Zoo;

/// <summary>
/// The battery's strength against real mistakes: every wrong derivation of the zoo is falsified by some property,
/// with a shrunk counterexample, and every control passes the whole battery.
/// </summary>
public sealed class MistakeZooTests(ITestOutputHelper output)
{
    // FsCheck's (seed, gamma), fixed so the table is the same on every run.
    private static readonly Rnd Seed = new(20261126, 1013904243);

    public static TheoryData<string> WrongNames => new(MistakeZoo.WrongDerivations.Select(d => d.Name));

    public static TheoryData<string> ControlNames => new(MistakeZoo.Controls.Select(d => d.Name));

    [Fact]
    public void Zoo_HasTwentyFourWrongDerivationsAndThreeControls_AllNamedDistinctly()
    {
        Assert.Equal(23, MistakeZoo.Mistakes.Count);
        Assert.Equal(24, MistakeZoo.WrongDerivations.Count);
        Assert.Contains(MistakeZoo.GradientsAtUpdatedWeights, MistakeZoo.WrongDerivations);
        Assert.Equal(3, MistakeZoo.Controls.Count);
        var names = MistakeZoo.WrongDerivations.Concat(MistakeZoo.Controls).Select(d => d.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(WrongNames))]
    public void WrongDerivation_IsFalsified_WithShrunkCounterexample(string name)
    {
        var verdict = BatteryVerdict.Of(MistakeZoo.WrongDerivations.Single(d => d.Name == name), Seed);
        output.WriteLine($"| {verdict.Derivation} | {verdict.CaughtBy} | {verdict.Counterexample} | {verdict.Label} |");
        Assert.NotNull(verdict.CaughtBy);
        Assert.False(string.IsNullOrEmpty(verdict.Counterexample), $"{name} was caught by {verdict.CaughtBy} with no counterexample");
    }

    [Theory]
    [MemberData(nameof(ControlNames))]
    public void Control_PassesTheWholeBattery(string name)
    {
        var verdict = BatteryVerdict.Of(MistakeZoo.Controls.Single(d => d.Name == name), Seed);
        Assert.True(verdict.CaughtBy is null, $"{name} was falsified by {verdict.CaughtBy} at {verdict.Counterexample}: {verdict.Label}");
    }

    /// <summary>
    /// docs/mistake-zoo.md's scalar table is the battery's verdict on the zoo, row for row: mistake → first property
    /// that caught it → shrunk counterexample; and the counts its text gives are the zoo's. On a mismatch the message
    /// is the table as it should read.
    /// </summary>
    [Fact]
    public void ZooTable_InTheDocs_IsTheBatterysVerdicts()
    {
        var section = DocTable.Section(DocTable.MistakeZooPage, "The scalar zoo");
        Assert.Contains($"{MistakeZoo.WrongDerivations.Count} wrong derivations", section, StringComparison.Ordinal);
        Assert.Contains($"{MistakeZoo.Mistakes.Count} classic hand-derivation mistakes", section, StringComparison.Ordinal);
        Assert.Contains($"{MistakeZoo.Controls.Count} controls", section, StringComparison.Ordinal);

        var expected = string.Join('\n', MistakeZoo.WrongDerivations
            .Select(d => BatteryVerdict.Of(d, Seed))
            .Select(v => DocTable.Row([v.Derivation, v.CaughtBy ?? "NOT CAUGHT", v.Counterexample ?? ""])));
        var documented = string.Join('\n', DocTable.Rows(section).Select(DocTable.Row));
        output.WriteLine(expected);
        Assert.True(expected == documented, $"docs/mistake-zoo.md is stale; its scalar table should read:\n{expected}");
    }
}
