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
    public void Zoo_HasTwentyMistakesAndThreeControls()
    {
        Assert.True(MistakeZoo.WrongDerivations.Count >= 20);
        Assert.True(MistakeZoo.Controls.Count >= 3);
        Assert.Equal(MistakeZoo.WrongDerivations.Count, MistakeZoo.WrongDerivations.Select(d => d.Name).Distinct().Count());
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

    /// <summary>The table for the README: mistake → first property that caught it → counterexample.</summary>
    [Fact]
    public void ZooTable_IsPrinted()
    {
        output.WriteLine("| mistake | caught by | counterexample |");
        output.WriteLine("| --- | --- | --- |");
        foreach (var derivation in MistakeZoo.WrongDerivations)
        {
            var verdict = BatteryVerdict.Of(derivation, Seed);
            output.WriteLine($"| {verdict.Derivation} | {verdict.CaughtBy ?? "NOT CAUGHT"} | {verdict.Counterexample ?? ""} |");
            Assert.NotNull(verdict.CaughtBy);
        }
    }
}
