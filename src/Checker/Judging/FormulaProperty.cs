using MathNet.Numerics;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Checker.Formulas;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Truth;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Judging;

/// <summary>
/// A claimed gradient formula as an FsCheck property: on generated points (exercise-style, wide-range and exact kinks)
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
        FsCheck.Check.One(config, Prop.ForAll(Generators.AnyPoint, point => Holds(claim, point, variant)));
        return runner.Result is TestResult.Failed failed && failed.Item3.Head is Point point
            ? new Counterexample(point, Claimed(claim, point, variant), TrueAt(claim.Name, point, variant).Value)
            : null;
    }

    /// <summary>The formula's value at the point, true gradients standing in for gradient names.</summary>
    public static double Claimed(FormulaClaim claim, Point point, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(point);
        var values = Environment(point, variant);
        return FormulaEvaluator.Evaluate(claim.Formula, name => values[name]);
    }

    /// <summary>The true gradient at the point: PyTorch's value, and at a kink every convention's.</summary>
    public static TrueValue TrueAt(string name, Point point, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(variant);
        if (!Quantities.Gradients.Contains(name))
        {
            return TrueValue.Exactly(Environment(point, variant)[name]); // a forward quantity: no kink convention to choose
        }

        var sides = IsOnKink(point, variant) ? KinkSides.Corners.Prepend(KinkSides.PyTorch) : [KinkSides.PyTorch];
        var values = sides.Select(c => GradientValue(name, WidthOne.Backward(point.Parameters, point.Sample, variant, c))).ToArray();
        return new TrueValue(values[0], values, IsInterval: true);
    }

    /// <summary>Whether the point is on a kink of the variant, read off its forward pass through <see cref="WidthOne"/>.</summary>
    public static bool IsOnKink(Point point, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Kinks.IsOnKink(WidthOne.Forward(point.Parameters, point.Sample, variant), point.Y, variant);
    }

    public static bool Holds(FormulaClaim claim, Point point, Variant variant)
    {
        var claimed = Claimed(claim, point, variant);
        return double.IsFinite(claimed) && TrueAt(claim.Name, point, variant).Admits(claimed, Tolerance(claim.Name, point, variant));
    }

    // Rounding only: a few units of roundoff of the derivative's path terms, whatever order the formula sums them in.
    public static double Tolerance(string name, Point point, Variant variant) =>
        !Quantities.Gradients.Contains(name) ? 64 * Precision.DoublePrecision * ForwardMagnitude(point, variant)
        : 64 * Precision.DoublePrecision * PathMagnitude.Of(WeightMatrices.FromScalars(point.Parameters), VectorSample.FromScalars(point.Sample), variant)
            .For(WidthOne.EntryOf(NodeOf(name)));

    private static Dictionary<string, double> Environment(Point point, Variant variant)
    {
        var (p, s, t) = (point.Parameters, point.Sample, WidthOne.Forward(point.Parameters, point.Sample, variant));
        var g = WidthOne.Backward(p, s, variant);
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["x"] = s.X, ["y"] = s.Y, ["w0"] = p.W0, ["w1"] = p.W1, ["w2"] = p.W2, ["w3"] = p.W3,
            ["z0"] = t.Z0, ["h0"] = t.H0, ["z1"] = t.Z1, ["h1"] = t.H1, ["z2"] = t.Z2, ["yhat"] = t.YHat, ["loss"] = t.Loss,
        };
        foreach (var name in Quantities.Gradients)
        {
            values[name] = GradientValue(name, g);
        }

        (values["slope"], values["delta"]) = (variant.Activation.Slope, variant.Loss.Delta);
        foreach (var name in LocalPartials.Names)
        {
            values[name] = LocalPartials.At(name, variant.Activation, n => values[n]);
        }

        return values;
    }

    // A bound on every forward value's terms: |w0·x|, |z|, |h|, |w2·h1| + |w3·h0|, |y| + |ŷ|.
    private static double ForwardMagnitude(Point point, Variant variant)
    {
        var (p, t) = (point.Parameters, WidthOne.Forward(point.Parameters, point.Sample, variant));
        return Math.Abs(t.Z0) + Math.Abs(t.H0) + Math.Abs(t.Z1) + Math.Abs(t.H1) + Math.Abs(p.W2 * t.H1) + Math.Abs(p.W3 * t.H0)
            + Math.Abs(point.Y) + Math.Abs(t.YHat) + t.Loss;
    }

    private static Node NodeOf(string name) => name switch
    {
        "dL/dyhat" => Node.YHat, "dL/dz2" => Node.Z2, "dL/dw2" => Node.W2, "dL/dw3" => Node.W3, "dL/dh1" => Node.H1,
        "dL/dz1" => Node.Z1, "dL/dw1" => Node.W1, "dL/dh0" => Node.H0, "dL/dz0" => Node.Z0, "dL/dw0" => Node.W0,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a gradient name"),
    };

    private static double GradientValue(string name, Gradients g) => g.For(NodeOf(name));
}
