using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Reference;

namespace SkipNet.Checker.Truth;

/// <summary>
/// The true value of every claimable quantity at a given point, from src/Reference and src/Analytic through
/// <see cref="WidthOne"/>: under PyTorch's slopes and every corner of <see cref="KinkSides"/>.
/// </summary>
public static class TrueValues
{
    public static IReadOnlyDictionary<string, TrueValue> At(Given given)
    {
        ArgumentNullException.ThrowIfNull(given);
        var (w, s, variant) = (given.Weights, given.Sample, given.Variant);
        var t = Network.Forward(w, s, variant);
        var solutions = KinkSides.Corners.Prepend(KinkSides.PyTorch)
            .Select(sides => WidthOne.Backward(w, s, variant, sides))
            .Select(g => (Gradients: g, Updated: WidthOne.Step(w, g, given.LearningRate)))
            .Select(x => (x.Gradients, x.Updated, Second: Network.Forward(x.Updated, s, variant)))
            .ToList();

        TrueValue Over(Func<(Gradients Gradients, Parameters Updated, ForwardTrace<double> Second), double> of, bool interval) =>
            new(of(solutions[0]), solutions.Select(of).ToArray(), interval);

        return new Dictionary<string, TrueValue>(StringComparer.Ordinal)
        {
            ["x"] = TrueValue.Exactly(s.X), ["y"] = TrueValue.Exactly(s.Y),
            ["w0"] = TrueValue.Exactly(w.W0), ["w1"] = TrueValue.Exactly(w.W1),
            ["w2"] = TrueValue.Exactly(w.W2), ["w3"] = TrueValue.Exactly(w.W3),
            ["z0"] = TrueValue.Exactly(t.Z0), ["h0"] = TrueValue.Exactly(t.H0), ["z1"] = TrueValue.Exactly(t.Z1),
            ["h1"] = TrueValue.Exactly(t.H1), ["z2"] = TrueValue.Exactly(t.Z2), ["yhat"] = TrueValue.Exactly(t.YHat),
            ["loss"] = TrueValue.Exactly(t.Loss),
            ["dL/dyhat"] = Over(x => x.Gradients.DLdYHat, true), ["dL/dz2"] = Over(x => x.Gradients.DLdZ2, true),
            ["dL/dw2"] = Over(x => x.Gradients.DLdW2, true), ["dL/dw3"] = Over(x => x.Gradients.DLdW3, true),
            ["dL/dh1"] = Over(x => x.Gradients.DLdH1, true), ["dL/dz1"] = Over(x => x.Gradients.DLdZ1, true),
            ["dL/dw1"] = Over(x => x.Gradients.DLdW1, true), ["dL/dh0"] = Over(x => x.Gradients.DLdH0, true),
            ["dL/dz0"] = Over(x => x.Gradients.DLdZ0, true), ["dL/dw0"] = Over(x => x.Gradients.DLdW0, true),
            ["updated.w0"] = Over(x => x.Updated.W0, true), ["updated.w1"] = Over(x => x.Updated.W1, true),
            ["updated.w2"] = Over(x => x.Updated.W2, true), ["updated.w3"] = Over(x => x.Updated.W3, true),
            ["second.z0"] = Over(x => x.Second.Z0, false), ["second.h0"] = Over(x => x.Second.H0, false),
            ["second.z1"] = Over(x => x.Second.Z1, false), ["second.h1"] = Over(x => x.Second.H1, false),
            ["second.z2"] = Over(x => x.Second.Z2, false),
            ["second.yhat"] = Over(x => x.Second.YHat, false), ["second.loss"] = Over(x => x.Second.Loss, false),
        };
    }
}
