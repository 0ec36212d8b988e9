using MathNet.Numerics;
using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Checker.Judging;
using SkipNet.Points;
using SkipNet.Reference;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Truth;

/// <summary>
/// A generated point as the formula judge sees it, worked out once through <see cref="WidthOne"/>: the forward pass,
/// every name's value (inputs, forward values, PyTorch's gradients, local partials), whether the point is on a kink,
/// the gradients under every kink convention there, and each quantity's rounding tolerance.
/// </summary>
/// <param name="Point">The point: weights and sample.</param>
/// <param name="Trace">The forward pass at the point.</param>
/// <param name="Values">Every name a formula may use, by name: x, y, w0…w3, z0…loss, PyTorch's gradients, slope, delta and the local partials.</param>
/// <param name="OnKink">Whether some pre-activation or the residual is at a kink of the variant.</param>
/// <param name="UnderSides">The gradients under PyTorch's slopes, then, on a kink, under every corner of <see cref="KinkSides"/>.</param>
/// <param name="ForwardMagnitude">A bound on every forward value's terms: |z0| + |h0| + |z1| + |h1| + |w2·h1| + |w3·h0| + |y| + |ŷ| + L.</param>
/// <param name="Variant">The network's activation and loss.</param>
public sealed record PointTruth(
    Point Point,
    ForwardTrace<double> Trace,
    IReadOnlyDictionary<string, double> Values,
    bool OnKink,
    IReadOnlyList<Gradients> UnderSides,
    double ForwardMagnitude,
    Variant Variant)
{
    /// <summary>Rounding only: a few units of roundoff of a value's terms, whatever order a formula sums them in.</summary>
    public const double ToleranceUnits = 64;

    public static PointTruth At(Point point, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(variant);
        var (p, s) = (point.Parameters, point.Sample);
        var t = Network.Forward(p, s, variant);
        var (z0, z1, residual) = Kinks.PlacesOnKink(t, point.Y, variant);
        var (onKink, sides) = (z0 || z1 || residual, KinkSides.On(z0, z1, residual));
        var underSides = sides.Select(c => WidthOne.Backward(p, s, variant, c)).ToArray();
        var forwardMagnitude = Math.Abs(t.Z0) + Math.Abs(t.H0) + Math.Abs(t.Z1) + Math.Abs(t.H1) + Math.Abs(p.W2 * t.H1)
            + Math.Abs(p.W3 * t.H0) + Math.Abs(point.Y) + Math.Abs(t.YHat) + t.Loss;
        return new PointTruth(point, t, ValuesOf(p, s, t, underSides[0], variant), onKink, underSides, forwardMagnitude, variant);
    }

    /// <summary>Whether the point is on a kink of the variant, from its forward pass alone.</summary>
    public static bool IsOnKink(Point point, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(point);
        return Kinks.IsOnKink(Network.Forward(point.Parameters, point.Sample, variant), point.Y, variant);
    }

    /// <summary>The true value of a name: a forward quantity exactly; a gradient as PyTorch's, with every convention's at a kink.</summary>
    public TrueValue Of(string name) => !Quantities.Gradients.Contains(name)
        ? TrueValue.Exactly(Values[name])
        : new TrueValue(UnderSides[0].For(Quantities.NodeOf(name)), [.. UnderSides.Select(g => g.For(Quantities.NodeOf(name)))], IsInterval: true);

    /// <summary>
    /// How far a claim may sit from the truth by rounding alone: <see cref="ToleranceUnits"/> units of roundoff of its
    /// terms, for a gradient its path terms summed in absolute value (<see cref="PathMagnitude"/>, worked out here: a
    /// claim needs one name's).
    /// </summary>
    public double ToleranceOf(string name) => ToleranceUnits * Precision.DoublePrecision * (Quantities.Gradients.Contains(name)
        ? PathMagnitude.Of(WeightMatrices.FromScalars(Point.Parameters), VectorSample.FromScalars(Point.Sample), Variant).For(Network.EntryOf(Quantities.NodeOf(name)))
        : ForwardMagnitude);

    private static Dictionary<string, double> ValuesOf(Parameters p, Sample s, ForwardTrace<double> t, Gradients g, Variant variant)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["x"] = s.X, ["y"] = s.Y, ["w0"] = p.W0, ["w1"] = p.W1, ["w2"] = p.W2, ["w3"] = p.W3,
            ["z0"] = t.Z0, ["h0"] = t.H0, ["z1"] = t.Z1, ["h1"] = t.H1, ["z2"] = t.Z2, ["yhat"] = t.YHat, ["loss"] = t.Loss,
        };
        foreach (var name in Quantities.Gradients)
        {
            values[name] = g.For(Quantities.NodeOf(name));
        }

        (values["slope"], values["delta"]) = (variant.Activation.Slope, variant.Loss.Delta);
        foreach (var name in LocalPartials.Names)
        {
            values[name] = LocalPartials.At(name, variant.Activation, n => values[n]);
        }

        return values;
    }
}
