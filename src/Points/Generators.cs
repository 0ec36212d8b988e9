using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;
using SkipNet.Points.Wide;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Points;

/// <summary>
/// The points properties are checked at, every one drawn by <see cref="PointOf"/>: a point of the model, its entries
/// finite, exercise-style numbers (quarters in [−3, 3]), log-uniform doubles (magnitudes 1e-6 to 1e6, both signs), or
/// a mix. The exercise's points are its width-one points; kink points sit exactly on a non-differentiable point of the
/// network. Counterexamples shrink toward zero, small integers and halves.
/// </summary>
public static class Generators
{
    /// <summary>k/4 for k in −12..12: the numbers a hand-worked exercise uses.</summary>
    public static Gen<double> ExerciseNumber { get; } = Gen.Choose(-12, 12).Select(k => k / 4.0);

    /// <summary>±10^u with u uniform in [−6, 6].</summary>
    public static Gen<double> LogUniformNumber { get; } =
        from sign in Gen.Elements(-1.0, 1.0)
        from u in Gen.Choose(0, 1 << 30)
        select sign * Math.Pow(10, -6 + 12.0 * u / (1 << 30));

    /// <summary>
    /// A point of the given variant and widths: its entries (each weight matrix row by row, then x, then y) all drawn
    /// from one number generator, itself drawn from <paramref name="numbers"/>. Every point generated here is one of these.
    /// </summary>
    public static Gen<WidePoint> PointOf(Variant variant, Widths widths, Gen<Gen<double>> numbers)
    {
        ArgumentNullException.ThrowIfNull(variant);
        ArgumentNullException.ThrowIfNull(widths);
        return from number in numbers
               from entries in Gen.ArrayOf(number, Count(widths))
               select Build(variant, widths, entries);
    }

    /// <summary>
    /// The exercise's points, the model's at widths 1,1,1,1: all exercise numbers, all log-uniform, or mixed coordinate
    /// by coordinate, alike.
    /// </summary>
    public static Gen<Point> AnyPointGen { get; } =
        PointOf(Variant.Exercise, Widths.Exercise, Gen.Elements(ExerciseNumber, LogUniformNumber, Gen.OneOf(ExerciseNumber, LogUniformNumber)))
            .Select(Point.AtWidthOne);

    /// <summary>A point on an exact kink: z0 = 0 (x = 0 or w0 = 0), z1 = 0 (w1 = 0, or h0 = 0 by a dead first
    /// unit), or ŷ = y.</summary>
    public static Gen<Point> KinkPointGen { get; } =
        from point in AnyPointGen
        from kink in Gen.Choose(0, KinkPlacement.Kinds - 1)
        select KinkPlacement.OnKink(Coordinates.Of(point), kink).ToPoint();

    /// <summary>A point where a ReLU unit is strictly dead: z0 &lt; 0, or z0 &gt; 0 and z1 &lt; 0.</summary>
    public static Gen<Point> DeadUnitPointGen { get; } =
        from point in AnyPointGen.Where(p => p.X != 0 && p.Parameters.W0 != 0 && p.Parameters.W1 != 0)
        from deadLayer in Gen.Elements(0, 1)
        select KinkPlacement.WithDeadUnit(Coordinates.Of(point), deadLayer).ToPoint();

    /// <summary>Points of every kind, kinks included.</summary>
    public static Arbitrary<Point> AnyPoint { get; } = Arb.From(
        Gen.Frequency((3, AnyPointGen), (1, KinkPointGen)), Shrink);

    /// <summary>Points where L is differentiable along every node, with room for a central difference's stencil.</summary>
    public static Arbitrary<Point> SmoothPoint { get; } = Arb.From(Satisfying(AnyPointGen, Kinks.IsSmooth), Shrink)
        .Filter(Kinks.IsSmooth);

    /// <summary>Points exactly on a kink.</summary>
    public static Arbitrary<Point> KinkPoint { get; } = Arb.From(Satisfying(KinkPointGen, Kinks.IsOnKink), Shrink)
        .Filter(Kinks.IsOnKink);

    /// <summary>Points with a dead unit.</summary>
    public static Arbitrary<Point> DeadUnitPoint { get; } = Arb.From(Satisfying(DeadUnitPointGen, Kinks.HasDeadUnit), Shrink)
        .Filter(Kinks.HasDeadUnit);

    /// <summary>The most draws <see cref="Satisfying"/> makes before it gives up.</summary>
    public const int MaxDraws = 1000;

    /// <summary>
    /// Values of <paramref name="generator"/> that satisfy <paramref name="predicate"/>, drawn at most
    /// <see cref="MaxDraws"/> times. The predicates read the forward pass, so a broken forward pass (a mutant) can make
    /// them unsatisfiable; FsCheck's own Where would then retry forever, this fails at once instead.
    /// </summary>
    public static Gen<T> Satisfying<T>(Gen<T> generator, Func<T, bool> predicate, int draws = MaxDraws) =>
        generator.SelectMany(value => predicate(value)
            ? Gen.Constant(value)
            : draws > 1
                ? Satisfying(generator, predicate, draws - 1)
                : throw new InvalidOperationException($"no {typeof(T).Name} satisfying the predicate in {MaxDraws} draws"));

    /// <summary>
    /// Each coordinate toward simpler numbers, one at a time. A point on the tie ŷ = y first shrinks along the tie:
    /// a simpler weight or x with y moved to the new ŷ, so that a counterexample which needs the tie keeps it
    /// (x = 0, y = 0 rather than x = 922.07…, y = 576.29…). Each step makes the weights and x simpler, or else y,
    /// so shrinking ends.
    /// </summary>
    public static IEnumerable<Point> Shrink(Point point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var (p, s) = (point.Parameters, point.Sample);
        var others = Simpler(p.W0).Select(v => point with { Parameters = p with { W0 = v } })
            .Concat(Simpler(p.W1).Select(v => point with { Parameters = p with { W1 = v } }))
            .Concat(Simpler(p.W2).Select(v => point with { Parameters = p with { W2 = v } }))
            .Concat(Simpler(p.W3).Select(v => point with { Parameters = p with { W3 = v } }))
            .Concat(Simpler(s.X).Select(v => point with { Sample = s with { X = v } }));
        var alongTie = point.Trace.YHat == point.Y
            ? others.Select(c => c with { Sample = c.Sample with { Y = c.Trace.YHat } })
            : [];
        return alongTie.Concat(others).Concat(Simpler(s.Y).Select(v => point with { Sample = s with { Y = v } }));
    }

    /// <summary>
    /// Numbers strictly simpler than <paramref name="value"/>: 0, then ±1, then the value rounded to an integer,
    /// a half and a quarter, then halved toward zero while an integer. "Simpler" orders by kind (0, integer, half,
    /// quarter, other) then magnitude, so shrinking always ends.
    /// </summary>
    public static IEnumerable<double> Simpler(double value) =>
        new[]
        {
            0,
            Math.Sign(value),
            Math.Round(value),
            Math.Round(value * 2) / 2,
            Math.Round(value * 4) / 4,
            Math.Truncate(value / 2),
        }
        .Distinct()
        .Where(candidate => Complexity(candidate).CompareTo(Complexity(value)) < 0);

    private static (int Kind, double Magnitude) Complexity(double value) =>
        (value == 0 ? 0 : value == Math.Round(value) ? 1 : value * 2 == Math.Round(value * 2) ? 2
            : value * 4 == Math.Round(value * 4) ? 3 : 4,
         Math.Abs(value));

    // n·a + a·b + b·m + m·a weights, then n inputs and m targets.
    private static int Count(Widths w) => w.A * w.N + w.B * w.A + w.M * w.B + w.M * w.A + w.N + w.M;

    private static WidePoint Build(Variant variant, Widths widths, double[] entries)
    {
        var next = 0;
        Matrix<double> Take(int rows, int columns)
        {
            var matrix = Matrix<double>.Build.Dense(rows, columns, entries.AsSpan(next, rows * columns).ToArray());
            next += rows * columns;
            return matrix;
        }

        var weights = new WeightMatrices(Take(widths.A, widths.N), Take(widths.B, widths.A), Take(widths.M, widths.B), Take(widths.M, widths.A));
        var x = Vector<double>.Build.Dense(entries.AsSpan(next, widths.N).ToArray());
        var y = Vector<double>.Build.Dense(entries.AsSpan(next + widths.N, widths.M).ToArray());
        return new WidePoint(variant, weights, new VectorSample(x, y));
    }
}
