using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using SkipNet.Checker.Formulas;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Truth;
using SkipNet.Points;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>
/// A claimed gradient formula as an FsCheck property: on generated points (exercise-style, log-uniform and exact kinks)
/// it must equal the true gradient, or at a kink some convention's value. Names of gradients inside the formula
/// take their true values, so each formula is judged on its own. A failure is shrunk toward small integers and
/// halves (along the tie ŷ = y where the point is on it).
/// </summary>
public static class FormulaProperty
{
    /// <summary>The smallest point found where the formula fails, with its value and the truth there; null where it holds.</summary>
    public static Counterexample? Falsify(FormulaClaim claim, int cases, ulong seed, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(variant);
        var runner = new ResultRunner();
        var config = Config.Quick.WithMaxTest(cases).WithRunner(runner)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(SeededRnd.For(seed), FSharpOption<int>.None)));
        FsCheck.Check.One(config, Prop.ForAll(Generators.AnyPoint, point => Holds(claim, PointTruth.At(point, variant))));
        if (runner.Result is not TestResult.Failed failed || failed.Item3.Head is not Point point)
        {
            return null;
        }

        var truth = PointTruth.At(point, variant);
        return new Counterexample(point, Claimed(claim, truth), truth.Of(claim.Name).Value);
    }

    /// <summary>The formula's value at the point, true gradients standing in for gradient names.</summary>
    public static double Claimed(FormulaClaim claim, PointTruth truth)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(truth);
        return FormulaEvaluator.Evaluate(claim.Formula, name => truth.Values[name]);
    }

    /// <summary>Whether the formula's value is finite and within rounding of the truth, or of some convention's at a kink.</summary>
    public static bool Holds(FormulaClaim claim, PointTruth truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        return Admits(Claimed(claim, truth), truth.Of(claim.Name), truth.ToleranceOf(claim.Name));
    }

    /// <summary>Whether a formula's value is right: finite, and some convention's truth to within the tolerance.</summary>
    public static bool Admits(double claimed, TrueValue truth, double tolerance)
    {
        ArgumentNullException.ThrowIfNull(truth);
        return double.IsFinite(claimed) && truth.Admits(claimed, tolerance);
    }
}
