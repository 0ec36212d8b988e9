using System.Collections.Concurrent;
using FsCheck;
using SkipNet.Properties.Wide;
using Xunit.Abstractions;

namespace SkipNet.Properties.Zoo;

/// <summary>
/// The battery's strength against real mistakes, the exercise's classic ones and those with matrices, activations and
/// losses: every wrong derivation of the zoo is falsified by some property, with a shrunk counterexample; every
/// transposition is falsified by value too where its shapes fit; and every control passes the whole battery.
/// </summary>
public sealed class MistakeZooTests(ITestOutputHelper output)
{
    // FsCheck's (seed, gamma), fixed so the table is the same on every run.
    private static readonly Rnd Seed = new(20261126, 1013904243);

    // Each derivation's verdict, computed once per run and shared by the theories and the table.
    private static readonly ConcurrentDictionary<string, Lazy<BatteryVerdict>> Verdicts = new();

    private static readonly string ShapeProperty = nameof(GradientBattery.EveryGradient_HasItsNodesShape);

    public static TheoryData<string> WrongNames => new(MistakeZoo.WrongDerivations.Select(d => d.Name));

    public static TheoryData<string> ControlNames => new(MistakeZoo.Controls.Select(d => d.Name));

    [Fact]
    public void Zoo_HasFortyTwoWrongDerivationsAndSixControls_AllNamedDistinctly()
    {
        var names = MistakeZoo.WrongDerivations.Concat(MistakeZoo.Controls).Select(d => d.Name).ToList();
        Assert.Equal(41, MistakeZoo.Mistakes.Count);
        Assert.Equal(42, MistakeZoo.WrongDerivations.Count);
        Assert.Contains(MistakeZoo.GradientsAtUpdatedWeights, MistakeZoo.WrongDerivations);
        Assert.Equal(6, MistakeZoo.Controls.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(WrongNames))]
    public void WrongDerivation_IsFalsified_WithShrunkCounterexample(string name)
    {
        var verdict = VerdictOf(MistakeZoo.WrongDerivations.Single(d => d.Name == name));
        output.WriteLine(Row(verdict));
        Assert.NotNull(verdict.CaughtBy);
        Assert.False(string.IsNullOrEmpty(verdict.Counterexample), $"{name} was caught by {verdict.CaughtBy} with no counterexample");
    }

    /// <summary>
    /// A mistake is wrong by value, not only by shape: restricted to the points where its products fit (a = b for a
    /// transposed ∂L/∂W1, m = b for W2·δ2, …) it is still falsified, by a property that reads values. A mistake that
    /// never misshapes is its own restriction, and its verdict is the one above.
    /// </summary>
    [Theory]
    [MemberData(nameof(WrongNames))]
    public void WrongDerivation_IsFalsifiedByValue_WhereItsShapesFit(string name)
    {
        var derivation = MistakeZoo.WrongDerivations.Single(d => d.Name == name);
        var verdict = VerdictOf(derivation).CaughtBy == ShapeProperty ? VerdictOf(MistakeZoo.WhereShapesFit(derivation)) : VerdictOf(derivation);
        output.WriteLine(Row(verdict));
        Assert.NotNull(verdict.CaughtBy);
        Assert.NotEqual(ShapeProperty, verdict.CaughtBy);
    }

    [Theory]
    [MemberData(nameof(ControlNames))]
    public void Control_PassesTheWholeBattery(string name)
    {
        var verdict = VerdictOf(MistakeZoo.Controls.Single(d => d.Name == name));
        Assert.True(verdict.CaughtBy is null, $"{name} was falsified by {verdict.CaughtBy} at {verdict.Counterexample}: {verdict.Label}");
    }

    /// <summary>
    /// The battery asks for the exact derivative to within the chain rule's rounding, not merely a formula right in
    /// exact arithmetic: f′ read from a saturated h passes every property up to the exact oracle, which rejects it.
    /// </summary>
    [Fact]
    public void SlopeReadFromSaturatedH_IsRejected_ByTheExactOracle()
    {
        var verdict = VerdictOf(MistakeZoo.SlopeReadFromSaturatedH);
        output.WriteLine(Row(verdict));
        Assert.Equal(nameof(GradientBattery.Gradient_MatchesExactDerivative_OffKinks), verdict.CaughtBy);
    }

    /// <summary>
    /// docs/mistake-zoo.md's table is the battery's verdict on the zoo, row for row: mistake → first property
    /// that caught it → the property that catches it by value where its shapes fit ("(same)" when the first reads
    /// values) → shrunk counterexample; and the counts its text gives are the zoo's. On a mismatch the message is the
    /// table as it should read.
    /// </summary>
    [Fact]
    public void ZooTable_InTheDocs_IsTheBatterysVerdicts()
    {
        var section = DocTable.Section(DocTable.MistakeZooPage, "The zoo");
        Assert.Contains($"{MistakeZoo.WrongDerivations.Count} wrong derivations", section, StringComparison.Ordinal);
        Assert.Contains($"{MistakeZoo.Mistakes.Count} mistakes", section, StringComparison.Ordinal);
        Assert.Contains($"{MistakeZoo.Controls.Count} controls", section, StringComparison.Ordinal);

        var expected = string.Join('\n', MistakeZoo.WrongDerivations.Select(d =>
        {
            var verdict = VerdictOf(d);
            var byValue = verdict.CaughtBy == ShapeProperty ? VerdictOf(MistakeZoo.WhereShapesFit(d)).CaughtBy ?? "NOT CAUGHT" : "(same)";
            return DocTable.Row([verdict.Derivation, verdict.CaughtBy ?? "NOT CAUGHT", byValue, verdict.Counterexample ?? ""]);
        }));
        var documented = string.Join('\n', DocTable.Rows(section).Select(DocTable.Row));
        output.WriteLine(expected);
        Assert.True(expected == documented, $"docs/mistake-zoo.md is stale; its table should read:\n{expected}");
    }

    private static BatteryVerdict VerdictOf(Derivation derivation) =>
        Verdicts.GetOrAdd(derivation.Name, _ => new Lazy<BatteryVerdict>(() => BatteryVerdict.Of(derivation, Seed))).Value;

    private static string Row(BatteryVerdict v) => $"| {v.Derivation} | {v.CaughtBy ?? "NOT CAUGHT"} | {v.Counterexample} | {v.Label} |";
}
