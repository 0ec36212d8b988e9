using FsCheck;
using FsCheck.Fluent;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Tests.Check;

/// <summary>The exercises a class is set: teaching numbers, kinks included, every variant, a few learning rates.</summary>
public static class ClassroomGenerators
{
    /// <summary>Quarters and tenths in [−3, 3]: 0.75, −0.7; tenths are not binary fractions, so doubles round.</summary>
    public static Gen<double> TeachingNumber { get; } = Gen.OneOf(
        Gen.Choose(-12, 12).Select(k => k / 4.0),
        Gen.Choose(-30, 30).Select(k => k / 10.0));

    /// <summary>Every activation (leaky ReLU's slope varied) with every loss (Huber's δ varied).</summary>
    public static Gen<Variant> AnyVariant { get; } =
        from kind in Gen.Elements(Enum.GetValues<ActivationKind>())
        from slope in Gen.Elements(0.01, 0.1, 0.25)
        from loss in Gen.Elements(Enum.GetValues<LossKind>())
        from delta in Gen.Elements(0.5, 1.0, 2.0)
        select new Variant(Activation.Of(kind, slope), LossFunction.Of(loss, delta));

    /// <summary>A given of teaching numbers, a quarter of them moved onto a kink of the exercise's network.</summary>
    public static Gen<Given> TeachingGiven { get; } =
        from n in Gen.ArrayOf(TeachingNumber, 6)
        from kink in Gen.Choose(-3 * KinkPlacement.Kinds, KinkPlacement.Kinds - 1)
        from rate in Gen.Elements(0.1, 0.5, 1.0)
        from variant in AnyVariant
        let plain = new Coordinates(n[0], n[1], n[2], n[3], n[4], n[5])
        let c = kink >= 0 ? KinkPlacement.OnKink(plain, kink) : plain
        select OnTieOfItsVariant(new Given(new Parameters(c.W0, c.W1, c.W2, c.W3), new Sample(c.X, c.Y), rate) { Variant = variant }, kink);

    // The tie ŷ = y (kink kind 4) placed with the variant's own ŷ.
    private static Given OnTieOfItsVariant(Given given, int kink) => kink == KinkPlacement.Kinds - 1
        ? given with { Sample = given.Sample with { Y = Network.Forward(given.Weights, given.Sample, given.Variant).YHat } }
        : given;
}
