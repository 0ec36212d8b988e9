using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>
/// Each claimable quantity's own step: how a derivation works it out from earlier quantities, over intervals so
/// that rounded values carry their rounding. Masks and signs read their forward value through
/// <c>branch</c>, which may be the derivation's own or the true one. Used only to tell rounding and carried errors
/// from new ones: the truth itself comes from src/Reference and src/Analytic, never from here.
/// </summary>
public static class Steps
{
    /// <summary>The step of <paramref name="name"/> applied to the values <paramref name="v"/>.</summary>
    /// <param name="name">A claimable quantity (<see cref="Quantities.Claimable"/>).</param>
    /// <param name="given">The learning rate, activation and loss.</param>
    /// <param name="v">An earlier quantity's value.</param>
    /// <param name="branch">The forward value a mask or a sign is read from (z0, z1, yhat).</param>
    public static Interval Of(string name, Given given, Func<string, Interval> v, Func<string, Interval> branch)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(v);
        ArgumentNullException.ThrowIfNull(branch);
        var (rate, f, loss) = (given.LearningRate, given.Variant.Activation, given.Variant.Loss);
        return name switch
        {
            "z0" => v("w0") * v("x"),                                             // z0 = w0·x
            "h0" => Activation(f, v("z0")),                                       // h0 = f(z0)
            "z1" => v("w1") * v("h0"),                                            // z1 = w1·h0
            "h1" => Activation(f, v("z1")),                                       // h1 = f(z1)
            "z2" => (v("w2") * v("h1")) + (v("w3") * v("h0")),                    // z2 = w2·h1 + w3·h0
            "yhat" => v("z2"),                                                    // ŷ = z2
            "loss" => Loss(loss, v("y") - v("yhat")),                             // L = ℓ(y − ŷ)
            "dL/dyhat" => -LossSlope(loss, v("y") - branch("yhat")),              // ∂L/∂ŷ = −ℓ′(y − ŷ)
            "dL/dz2" => v("dL/dyhat"),                                            // ∂L/∂z2 = ∂L/∂ŷ
            "dL/dw2" => v("dL/dz2") * v("h1"),                                    // ∂L/∂w2 = ∂L/∂z2·h1
            "dL/dw3" => v("dL/dz2") * v("h0"),                                    // ∂L/∂w3 = ∂L/∂z2·h0
            "dL/dh1" => v("dL/dz2") * v("w2"),                                    // ∂L/∂h1 = ∂L/∂z2·w2
            "dL/dz1" => v("dL/dh1") * Slope(f, branch("z1")),                     // ∂L/∂z1 = ∂L/∂h1·f′(z1)
            "dL/dw1" => v("dL/dz1") * v("h0"),                                    // ∂L/∂w1 = ∂L/∂z1·h0
            "dL/dh0" => (v("dL/dz2") * v("w3")) + (v("dL/dz1") * v("w1")),        // ∂L/∂h0 = ∂L/∂z2·w3 + ∂L/∂z1·w1
            "dL/dz0" => v("dL/dh0") * Slope(f, branch("z0")),                     // ∂L/∂z0 = ∂L/∂h0·f′(z0)
            "dL/dw0" => v("dL/dz0") * v("x"),                                     // ∂L/∂w0 = ∂L/∂z0·x
            "updated.w0" => v("w0") - (rate * v("dL/dw0")),                       // w ← w − α·∂L/∂w
            "updated.w1" => v("w1") - (rate * v("dL/dw1")),
            "updated.w2" => v("w2") - (rate * v("dL/dw2")),
            "updated.w3" => v("w3") - (rate * v("dL/dw3")),
            "second.z0" => v("updated.w0") * v("x"),                              // the forward pass again, at the updated weights
            "second.h0" => Activation(f, v("second.z0")),
            "second.z1" => v("updated.w1") * v("second.h0"),
            "second.h1" => Activation(f, v("second.z1")),
            "second.z2" => (v("updated.w2") * v("second.h1")) + (v("updated.w3") * v("second.h0")),
            "second.yhat" => v("second.z2"),
            "second.loss" => Loss(loss, v("y") - v("second.yhat")),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a claimable quantity"),
        };
    }

    private static Interval Activation(Activation f, Interval z) => z.Map(f.Value);

    /// <summary>Every slope f has over z: at a kink inside z, both sides' (any subgradient counts).</summary>
    public static Interval Slope(Activation f, Interval z) => z.Map(f.LeftDerivative, f.RightDerivative);

    private static Interval Loss(LossFunction loss, Interval r) => r.Map(loss.Value);

    private static Interval LossSlope(LossFunction loss, Interval r) => r.Map(loss.LeftDerivative, loss.RightDerivative);
}
