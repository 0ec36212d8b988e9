using SkipNet.Analytic;
using SkipNet.Reference;

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
    /// <summary>The solution from src/Reference and src/Analytic, with PyTorch's convention at kinks.</summary>
    public static AnswerSheet For(Given given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var forward = Network.Forward(given.Weights, given.Sample);
        var gradients = Backprop.Of(given.Weights, given.Sample);
        var updated = Sgd.Step(given.Weights, gradients.ForWeights, given.LearningRate);
        return new AnswerSheet(given, forward, gradients, updated, Network.Forward(updated, given.Sample), KinksOf(forward, given.Sample));
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

    /// <summary>The kinks the point sits on: "z0" (z0 = 0), "z1" (z1 = 0), "yhat=y" (ŷ = y).</summary>
    public static IReadOnlyList<string> KinksOf(ForwardTrace<double> trace, Sample sample)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(sample);
        return new[] { ("z0", trace.Z0 == 0), ("z1", trace.Z1 == 0), ("yhat=y", trace.YHat == sample.Y) }
            .Where(k => k.Item2)
            .Select(k => k.Item1)
            .ToArray();
    }
}
