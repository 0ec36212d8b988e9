using SkipNet.Analytic;
using SkipNet.Reference;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Solve;

/// <summary>The correct solution of the exercise at a point: both forward passes, every gradient and the update.</summary>
public sealed record AnswerSheet(
    Given Given,
    ForwardTrace<double> Forward,
    Gradients Gradients,
    Parameters Updated,
    ForwardTrace<double> Second,
    IReadOnlyList<string> Kinks)
{
    /// <summary>The activation and loss the sheet is worked with.</summary>
    public Variant Variant => Given.Variant;

    /// <summary>
    /// The solution from src/Reference and src/Analytic, with PyTorch's convention at kinks: the scalar code for the
    /// exercise's ReLU and L1, the vectorised model at widths 1,1,1,1 for any other activation or loss.
    /// </summary>
    public static AnswerSheet For(Given given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var variant = given.Variant;
        var forward = Network.Forward(given.Weights, given.Sample, variant);
        var gradients = WidthOne.Backward(given.Weights, given.Sample, variant);
        var updated = WidthOne.Step(given.Weights, gradients, given.LearningRate);
        return new AnswerSheet(
            given, forward, gradients, updated, Network.Forward(updated, given.Sample, variant),
            KinksOf(forward, given.Sample, variant));
    }

    /// <summary>
    /// The first value of the solution that overflowed double (or became NaN), or null when every value is finite:
    /// finite inputs whose products exceed about 1.8e308 cannot be solved in double precision.
    /// </summary>
    public string? FirstNonFinite()
    {
        var (t, g, u, t2) = (Forward, Gradients, Updated, Second);
        return new (string Name, double Value)[]
        {
            ("z0", t.Z0), ("z1", t.Z1), ("z2", t.Z2), ("loss", t.Loss), ("dL/dh0", g.DLdH0), ("dL/dw0", g.DLdW0),
            ("dL/dw1", g.DLdW1), ("dL/dw2", g.DLdW2), ("dL/dw3", g.DLdW3), ("updated.w0", u.W0), ("updated.w1", u.W1),
            ("updated.w2", u.W2), ("updated.w3", u.W3), ("second.yhat", t2.YHat), ("second.loss", t2.Loss),
        }.FirstOrDefault(v => !double.IsFinite(v.Value)).Name;
    }

    /// <summary>
    /// The kinks the point sits on: "z0" and "z1" where the activation has a kink and the unit's z is 0, "yhat=y" where
    /// the loss is L1 and ŷ = y.
    /// </summary>
    public static IReadOnlyList<string> KinksOf(ForwardTrace<double> trace, Sample sample, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(variant);
        var kinked = variant.Activation.HasKink;
        return new[] { ("z0", kinked && trace.Z0 == 0), ("z1", kinked && trace.Z1 == 0), ("yhat=y", variant.Loss.HasKink && trace.YHat == sample.Y) }
            .Where(k => k.Item2)
            .Select(k => k.Item1)
            .ToArray();
    }
}
