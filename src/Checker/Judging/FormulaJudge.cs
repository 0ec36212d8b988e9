using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Checker.Formulas;
using SkipNet.Checker.GradCheck;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Truth;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Judging;

/// <summary>
/// Judges a claimed gradient formula as a property: on generated points (exercise-style, wide-range and exact kinks)
/// it must equal the true gradient, or at a kink some convention's value. Names of gradients inside the formula
/// take their true values, so each formula is judged on its own. A failure is shrunk toward small integers and
/// halves, then explained where a pattern fits: the sign flipped, a missing path term, or a wrong condition.
/// </summary>
public static class FormulaJudge
{
    private const double UnitRoundoff = 1.1102230246251565e-16;

    /// <summary>How many generated points a wrong formula's diagnosis looks at.</summary>
    public const int DiagnosisPoints = 3000;

    /// <summary>Judges the formula for a network with the given activation and loss (its truth from the 1-wide vectorised model).</summary>
    public static FormulaJudgement Judge(FormulaClaim claim, int cases, ulong seed, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(variant);
        var runner = new ResultRunner();
        var config = Config.Quick.WithMaxTest(cases).WithRunner(runner)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(SeededRnd.For(seed), FSharpOption<int>.None)));
        FsCheck.Check.One(config, Prop.ForAll(Generators.AnyPoint, point => Holds(claim, point, variant)));
        if (runner.Result is not TestResult.Failed failed || failed.Item3.Head is not Point counterexample)
        {
            return new FormulaJudgement(claim.Name, claim.Text, Verdict.Right, null, null, null, null, null, claim.Place);
        }

        var claimedAt = Claimed(claim, counterexample, variant);
        var diagnosis = double.IsFinite(claimedAt) ? Diagnose(claim, Sample(seed), variant) : Undefined(claim, Sample(seed), variant);
        return new FormulaJudgement(
            claim.Name, claim.Text, Verdict.Wrong, counterexample.Sample, counterexample.Parameters,
            claimedAt, TrueAt(claim.Name, counterexample, variant).Value, diagnosis, claim.Place);
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
        double[] values;
        if (variant == Variant.Exercise)
        {
            var conventions = Kinks.IsOnKink(point)
                ? KinkConvention.Corners.Prepend(KinkConvention.PyTorch)
                : [KinkConvention.PyTorch];
            values = conventions.Select(c => GradientValue(name, Backprop.Of(point.Parameters, point.Sample, c))).ToArray();
        }
        else
        {
            var sides = IsOnKink(point, variant) ? KinkSides.Corners.Prepend(KinkSides.PyTorch) : [KinkSides.PyTorch];
            values = sides.Select(c => GradientValue(name, WidthOne.Backward(point.Parameters, point.Sample, variant, c))).ToArray();
        }

        return new TrueValue(values[0], values, IsInterval: true);
    }

    // z0 or z1 on the activation's kink, or ŷ = y for L1.
    private static bool IsOnKink(Point point, Variant variant)
    {
        var t = WidthOne.Forward(point.Parameters, point.Sample, variant);
        return (variant.Activation.HasKink && (t.Z0 == 0 || t.Z1 == 0)) || (variant.Loss.HasKink && t.YHat == point.Y);
    }

    private static bool Holds(FormulaClaim claim, Point point, Variant variant)
    {
        var claimed = Claimed(claim, point, variant);
        return double.IsFinite(claimed) && TrueAt(claim.Name, point, variant).Admits(claimed, Tolerance(claim.Name, point, variant));
    }

    // Rounding only: a few units of roundoff of the derivative's path terms, whatever order the formula sums them in.
    private static double Tolerance(string name, Point point, Variant variant) => variant == Variant.Exercise
        ? 64 * UnitRoundoff * RoundingScale.DerivativeMagnitude(NodeOf(name), point.Parameters, point.Sample)
        : 64 * UnitRoundoff * PathMagnitude.Of(WeightMatrices.FromScalars(point.Parameters), VectorSample.FromScalars(point.Sample), variant)
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

        return values;
    }

    private static IReadOnlyList<Point> Sample(ulong seed) =>
        Gen.Sample(Gen.Frequency((3, Generators.AnyPointGen), (1, Generators.KinkPointGen)), DiagnosisPoints, SeededRnd.For(seed), 100);

    private static string? Diagnose(FormulaClaim claim, IReadOnlyList<Point> points, Variant variant)
    {
        var smooth = points.Where(p => variant == Variant.Exercise ? !Kinks.IsOnKink(p) : !IsOnKink(p, variant)).ToList();
        var rows = smooth.Select(p => (Point: p, Claimed: Claimed(claim, p, variant), Truth: TrueAt(claim.Name, p, variant).Value, Tolerance: Tolerance(claim.Name, p, variant))).ToList();
        var informative = rows.Where(r => Math.Abs(r.Truth) > r.Tolerance).ToList();

        if (informative.Count > 0 && informative.All(r => Math.Abs(r.Claimed + r.Truth) <= r.Tolerance))
        {
            return "sign flipped: the formula is the negative of the truth everywhere";
        }

        foreach (var (term, diagnosis) in MissingTerms(claim.Name, variant))
        {
            var terms = rows.Select(r => term(r.Point)).ToList();
            if (terms.Any(v => v != 0) && rows.Zip(terms).All(x => Math.Abs(x.First.Claimed - (x.First.Truth - x.Second)) <= x.First.Tolerance))
            {
                return diagnosis;
            }
        }

        return Condition(
            points.Select(p => (p, Holds(claim, p, variant), Informative: Math.Abs(TrueAt(claim.Name, p, variant).Value) > Tolerance(claim.Name, p, variant))).ToList(),
            variant) is { } condition
            ? $"a wrong condition: wrong only {condition}"
            : null;
    }

    // Where the formula gives NaN or ±∞ (0/0, x/0, log of ≤ 0, overflow): named by the condition where one fits.
    private static string Undefined(FormulaClaim claim, IReadOnlyList<Point> points, Variant variant) =>
        Condition(points.Select(p => (p, double.IsFinite(Claimed(claim, p, variant)), Informative: true)).ToList(), variant) is { } condition
            ? $"undefined {condition}"
            : "undefined (not a finite number) at the counterexample";

    // Leaving out a path's share of a path-summing gradient.
    private static IEnumerable<(Func<Point, double> Term, string Diagnosis)> MissingTerms(string name, Variant variant) =>
        name is "dL/dh0" or "dL/dz0" or "dL/dw0"
            ? [(p => PathTerms.Of(name, p.Parameters, p.Sample, variant)!.Value.Skip, Diagnoses.SkipMissing),
               (p => PathTerms.Of(name, p.Parameters, p.Sample, variant)!.Value.Main, Diagnoses.MainMissing)]
            : [];

    /// <summary>
    /// Whether the wrong points are exactly those where one variable lies in an interval: for some candidate
    /// variable, no right point whose true gradient is not zero lies between the wrong points' values (where the
    /// truth is zero a formula can be right by accident). The interval's ends are the simplest numbers between the
    /// wrong points and the nearest right ones, open where a right point sits on the end: "for 0 &lt; z0 ≤ 1", or
    /// "at ŷ = y" where the interval is one point.
    /// </summary>
    private static string? Condition(IReadOnlyList<(Point Point, bool Right, bool Informative)> rows, Variant variant)
    {
        if (rows.All(r => r.Right) || rows.All(r => !r.Right))
        {
            return null;
        }

        ForwardTrace<double> Trace(Point point) => WidthOne.Forward(point.Parameters, point.Sample, variant);

        var variables = new (string Name, Func<Point, double> Of)[]
        {
            ("z0", p => Trace(p).Z0), ("z1", p => Trace(p).Z1), ("ŷ − y", p => Trace(p).YHat - p.Y),
            ("x", p => p.X), ("y", p => p.Y), ("w0", p => p.Parameters.W0), ("w1", p => p.Parameters.W1),
            ("w2", p => p.Parameters.W2), ("w3", p => p.Parameters.W3),
        };
        foreach (var (variable, of) in variables)
        {
            var wrong = rows.Where(r => !r.Right).Select(r => of(r.Point)).ToList();
            var right = rows.Where(r => r.Right).Select(r => of(r.Point)).ToList();
            var (from, to) = (wrong.Min(), wrong.Max());
            if (rows.Any(r => r.Right && r.Informative && of(r.Point) >= from && of(r.Point) <= to))
            {
                continue;
            }

            var below = right.Where(v => v < from).DefaultIfEmpty(double.NegativeInfinity).Max();
            var above = right.Where(v => v > to).DefaultIfEmpty(double.PositiveInfinity).Min();
            var lower = double.IsFinite(below) ? Simplest(below, from) : double.NegativeInfinity;
            var upper = double.IsFinite(above) ? Simplest(to, above) : double.PositiveInfinity;
            if (lower == upper)
            {
                return variable == "ŷ − y" && lower == 0 ? "at ŷ = y" : $"at {variable} = {Numbers.Format(lower)}";
            }

            var left = double.IsFinite(lower) ? $"{Numbers.Format(lower)} {(lower == from ? "≤" : "<")} " : "";
            var rightEnd = double.IsFinite(upper) ? $" {(upper == to ? "≤" : "<")} {Numbers.Format(upper)}" : "";
            return $"for {left}{variable}{rightEnd}";
        }

        return null;
    }

    // The simplest number in [a, b]: 0 if inside, else the integer, half, quarter … nearest zero that fits, else a.
    private static double Simplest(double a, double b)
    {
        for (var scale = 1.0; scale <= 1 << 20; scale *= 2)
        {
            var candidate = a > 0 ? Math.Ceiling(a * scale) / scale : b < 0 ? Math.Floor(b * scale) / scale : 0;
            if (candidate >= a && candidate <= b)
            {
                return candidate;
            }
        }

        return a;
    }

    private static Node NodeOf(string name) => name switch
    {
        "dL/dyhat" => Node.YHat, "dL/dz2" => Node.Z2, "dL/dw2" => Node.W2, "dL/dw3" => Node.W3, "dL/dh1" => Node.H1,
        "dL/dz1" => Node.Z1, "dL/dw1" => Node.W1, "dL/dh0" => Node.H0, "dL/dz0" => Node.Z0, "dL/dw0" => Node.W0,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a gradient name"),
    };

    private static double GradientValue(string name, Gradients g) => g.For(NodeOf(name));
}
