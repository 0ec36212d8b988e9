using FsCheck.Fluent;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Truth;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>
/// Why a formula is wrong, read off a sample of generated points: the sign flipped everywhere, a missing path term,
/// a wrong condition naming the interval where it is wrong, or where it is undefined.
/// </summary>
public static class FormulaDiagnoses
{
    /// <summary>How many generated points a wrong formula's diagnosis looks at.</summary>
    public const int DiagnosisPoints = 3000;

    /// <summary>The diagnosis of a formula that failed at <paramref name="counterexample"/>, or null where no pattern fits.</summary>
    public static string? Of(FormulaClaim claim, Counterexample counterexample, ulong seed, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(counterexample);
        var points = Sample(seed);
        return double.IsFinite(counterexample.ClaimedAt) ? Diagnose(claim, points, variant) : Undefined(claim, points, variant);
    }

    private static IReadOnlyList<Point> Sample(ulong seed) =>
        Gen.Sample(Gen.Frequency((3, Generators.AnyPointGen), (1, Generators.KinkPointGen)), DiagnosisPoints, SeededRnd.For(seed), 100);

    private static string? Diagnose(FormulaClaim claim, IReadOnlyList<Point> points, Variant variant)
    {
        // The kink test first (a forward pass); each smooth point's truth is worked out once and let go, its row kept as
        // numbers; the kink points' truths (a backward pass per side) only if the condition is asked.
        var byKink = points.ToLookup(p => PointTruth.IsOnKink(p, variant));
        var rows = byKink[false].Select(p => Row(claim, PointTruth.At(p, variant))).ToList();
        var informative = rows.Where(r => Math.Abs(r.Truth.Value) > r.Tolerance).ToList();

        if (informative.Count > 0 && informative.All(r => Math.Abs(r.Claimed + r.Truth.Value) <= r.Tolerance))
        {
            return "sign flipped: the formula is the negative of the truth everywhere";
        }

        foreach (var (term, diagnosis) in MissingTerms(claim.Name, variant))
        {
            var terms = rows.Select(r => term(r.Point)).ToList();
            if (terms.Any(v => v != 0) && rows.Zip(terms).All(x => Math.Abs(x.First.Claimed - (x.First.Truth.Value - x.Second)) <= x.First.Tolerance))
            {
                return diagnosis;
            }
        }

        return Condition([.. rows.Select(Judged), .. byKink[true].Select(p => Judged(Row(claim, PointTruth.At(p, variant))))], variant) is { } condition
            ? $"a wrong condition: wrong only {condition}"
            : null;
    }

    // Where the formula gives NaN or ±∞ (0/0, x/0, log of ≤ 0, overflow): named by the condition where one fits.
    private static string Undefined(FormulaClaim claim, IReadOnlyList<Point> points, Variant variant) =>
        Condition([.. points.Select(p => (p, double.IsFinite(FormulaProperty.Claimed(claim, PointTruth.At(p, variant))), Informative: true))], variant) is { } condition
            ? $"undefined {condition}"
            : "undefined (not a finite number) at the counterexample";

    // The formula's value at a point, the truth there and how far rounding may move it.
    private static (Point Point, double Claimed, TrueValue Truth, double Tolerance) Row(FormulaClaim claim, PointTruth truth) =>
        (truth.Point, FormulaProperty.Claimed(claim, truth), truth.Of(claim.Name), truth.ToleranceOf(claim.Name));

    // Whether the formula holds at the row's point, and whether the truth there is informative: not zero, where a formula can be right by accident.
    private static (Point Point, bool Right, bool Informative) Judged((Point Point, double Claimed, TrueValue Truth, double Tolerance) row) =>
        (row.Point, FormulaProperty.Admits(row.Claimed, row.Truth, row.Tolerance), Math.Abs(row.Truth.Value) > row.Tolerance);

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

        // Each row's forward pass once, not once per variable and per look.
        var traces = rows.Select(r => r.Point).Distinct().ToDictionary(p => p, p => Network.Forward(p.Parameters, p.Sample, variant));
        ForwardTrace<double> Trace(Point point) => traces[point];

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
}
