using FsCheck;
using FsCheck.Fluent;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Points.Wide;

/// <summary>
/// The cases the vectorised properties are checked at: every activation and loss, widths 1 to 8 per layer, numbers
/// of the exercise's kind (quarters in [−3, 3]) or log-uniform doubles, and a quarter of the cases moved exactly onto a
/// seam. Counterexamples shrink toward narrower layers and zero entries.
/// </summary>
public static class WideGenerators
{
    /// <summary>The widest layer generated.</summary>
    public const int MaxWidth = 8;

    /// <summary>Each of n, a, b, m uniform in 1..<see cref="MaxWidth"/>.</summary>
    public static Gen<Widths> WidthsGen { get; } =
        from n in Gen.Choose(1, MaxWidth)
        from a in Gen.Choose(1, MaxWidth)
        from b in Gen.Choose(1, MaxWidth)
        from m in Gen.Choose(1, MaxWidth)
        select new Widths(n, a, b, m);

    /// <summary>Every activation (leaky ReLU with slopes either side of 0 and 1) and every loss (Huber with three δ).</summary>
    public static Gen<Variant> VariantGen { get; } =
        from activation in Gen.OneOf(
            Gen.Elements(Activation.Relu, Activation.Tanh, Activation.Sigmoid, Activation.Softplus, Activation.Identity),
            Gen.Elements(0.01, 0.25, -0.5, 2.0).Select(Activation.LeakyRelu))
        from loss in Gen.OneOf(
            Gen.Elements(LossFunction.L1, LossFunction.Squared),
            Gen.Elements(0.5, 1.0, 2.5).Select(LossFunction.Huber))
        select new Variant(activation, loss);

    /// <summary>A point of the given variant and widths, all of exercise numbers (three in four) or all log-uniform.</summary>
    public static Gen<WidePoint> PointOf(Variant variant, Widths widths) => Generators.PointOf(variant, widths,
        Gen.Frequency((3, Gen.Constant(Generators.ExerciseNumber)), (1, Gen.Constant(Generators.LogUniformNumber))));

    /// <summary>A point off the seams (most are) or on one.</summary>
    public static Gen<WidePoint> AnyPointGen { get; } =
        from variant in VariantGen
        from widths in WidthsGen
        from point in PointOf(variant, widths)
        from onSeam in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from kind in Gen.Choose(0, WideKinkPlacement.Kinds - 1)
        from index in Gen.Choose(0, MaxWidth - 1)
        select onSeam ? WideKinkPlacement.OnSeam(point, kind, index) : point;

    /// <summary>Points of every kind, seams included.</summary>
    public static Arbitrary<WidePoint> AnyPoint { get; } = Arb.From(AnyPointGen, Shrink);

    /// <summary>
    /// Points at which every value and gradient is computed without rounding: halves in [−2, 2], ReLU, leaky ReLU with
    /// slopes −1/2 or 2, identity; L1, squared or Huber with δ ∈ {1/2, 1, 5/2}. With widths up to 8 no value needs more
    /// than about 22 bits and no product of two more than 40, so sums and products in any order are exact and two
    /// derivations that differ only in order agree to the bit.
    /// </summary>
    public static Arbitrary<WidePoint> ExactArithmeticPoint { get; } = Arb.From(
        from activation in Gen.Elements(Activation.Relu, Activation.LeakyRelu(-0.5), Activation.LeakyRelu(2), Activation.Identity)
        from loss in Gen.Elements(LossFunction.L1, LossFunction.Squared, LossFunction.Huber(0.5), LossFunction.Huber(1), LossFunction.Huber(2.5))
        from widths in WidthsGen
        from point in Generators.PointOf(new Variant(activation, loss), widths, Gen.Constant(Gen.Choose(-4, 4).Select(k => k / 2.0)))
        select point,
        Shrink);

    /// <summary>Points on no kink: no kinked unit at z = 0, no L1 residual at 0 (Huber's seams allowed).</summary>
    public static Arbitrary<WidePoint> OffKinkPoint { get; } =
        Arb.From(Generators.Satisfying(AnyPointGen, p => WideKinks.Count(p) == 0), Shrink).Filter(p => WideKinks.Count(p) == 0);

    /// <summary>Points on exactly one kink.</summary>
    public static Arbitrary<WidePoint> OneKinkPoint { get; } =
        Arb.From(Generators.Satisfying(AnyPointGen, p => WideKinks.Count(p) == 1), Shrink).Filter(p => WideKinks.Count(p) == 1);

    /// <summary>The variant of the exercise, ReLU and L1, at the exercise's widths: the scalar case.</summary>
    public static Arbitrary<WidePoint> ScalarExercisePoint { get; } = Arb.From(AtWidthOne(Gen.Constant(Variant.Exercise)), Shrink);

    /// <summary>Every variant at the exercise's widths 1,1,1,1: the scalar exercise with any activation and loss.</summary>
    public static Arbitrary<WidePoint> WidthOnePoint { get; } = Arb.From(AtWidthOne(VariantGen), Shrink);

    // Points of the variants at widths 1,1,1,1, a quarter of them moved onto a seam.
    private static Gen<WidePoint> AtWidthOne(Gen<Variant> variants) =>
        from variant in variants
        from point in PointOf(variant, Widths.Exercise)
        from placed in Gen.Frequency((3, Gen.Constant(point)),
                                     (1, Gen.Choose(0, WideKinkPlacement.Kinds - 1).Select(kind => WideKinkPlacement.OnSeam(point, kind, 0))))
        select placed;

    /// <summary>Narrower layers first (dropping each layer's last unit), then each weight entry set to zero.</summary>
    public static IEnumerable<WidePoint> Shrink(WidePoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        var (w, s) = (point.Weights, point.Sample);
        var (n, a, b, m) = (w.Widths.N, w.Widths.A, w.Widths.B, w.Widths.M);
        if (n > 1)
        {
            yield return point with { Weights = new(w.W0.SubMatrix(0, a, 0, n - 1), w.W1, w.W2, w.W3), Sample = new(s.X.SubVector(0, n - 1), s.Y) };
        }

        if (a > 1)
        {
            yield return point with { Weights = new(w.W0.SubMatrix(0, a - 1, 0, n), w.W1.SubMatrix(0, b, 0, a - 1), w.W2, w.W3.SubMatrix(0, m, 0, a - 1)) };
        }

        if (b > 1)
        {
            yield return point with { Weights = new(w.W0, w.W1.SubMatrix(0, b - 1, 0, a), w.W2.SubMatrix(0, m, 0, b - 1), w.W3) };
        }

        if (m > 1)
        {
            yield return point with { Weights = new(w.W0, w.W1, w.W2.SubMatrix(0, m - 1, 0, b), w.W3.SubMatrix(0, m - 1, 0, a)), Sample = new(s.X, s.Y.SubVector(0, m - 1)) };
        }

        foreach (var entry in Entry.OfWeights(w.Widths).Where(e => w.Of(e.Node)[e.Row, e.Column] != 0))
        {
            yield return point with { Weights = w.With(entry.Node, entry.Row, entry.Column, 0) };
        }
    }
}
