using SkipNet.Analytic;
using SkipNet.Reference;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>
/// The skip path's and the main path's shares of a gradient that sums the two paths (∂L/∂h0 and what follows from
/// it), for diagnosing a missing term: ∂L/∂h0 = skip + main, ∂L/∂z0 = (skip + main)·f′(z0), ∂L/∂w0 = ∂L/∂z0·x.
/// </summary>
public static class PathTerms
{
    /// <summary>(skip, main) for dL/dh0, dL/dz0 and dL/dw0; null for other names.</summary>
    public static (double Skip, double Main)? Of(string name, Parameters weights, Sample sample, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var g = WidthOne.Backward(weights, sample, variant);
        var mask = variant.Activation.Derivative(Network.Forward(weights, sample, variant).Z0); // f′(z0), PyTorch's at a kink
        var factor = name switch
        {
            "dL/dh0" => 1,
            "dL/dz0" => mask,
            "dL/dw0" => mask * sample.X,
            _ => double.NaN,
        };
        return double.IsNaN(factor) ? null : (g.DLdH0ViaSkip * factor, g.DLdH0ViaMain * factor);
    }
}
