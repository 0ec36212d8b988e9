using SkipNet.Reference;

namespace SkipNet.Checker.Check;

/// <summary>
/// What a quantity comes to when it is worked out, by its own step, from the derivation's own earlier values
/// (the true values where it claims none). Used only to tell a carried error from a new one: the truth itself comes
/// from src/Reference and src/Analytic, never from here.
/// </summary>
public static class OwnWork
{
    /// <summary>The quantity's step applied to <paramref name="valueOf"/>; null for names with no step here.</summary>
    public static double? Recompute(string name, Given given, Func<string, double> valueOf)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(valueOf);
        var v = valueOf;
        var (rate, f, loss) = (given.LearningRate, given.Variant.Activation, given.Variant.Loss);
        return name switch
        {
            "z0" => v("w0") * v("x"),
            "h0" => f.Value(v("z0")),
            "z1" => v("w1") * v("h0"),
            "h1" => f.Value(v("z1")),
            "z2" => v("w2") * v("h1") + v("w3") * v("h0"),
            "yhat" => v("z2"),
            "loss" => loss.Value(v("y") - v("yhat")),
            "dL/dz2" => v("dL/dyhat"),
            "dL/dw2" => v("dL/dz2") * v("h1"),
            "dL/dw3" => v("dL/dz2") * v("h0"),
            "dL/dh1" => v("dL/dz2") * v("w2"),
            "dL/dw1" => v("dL/dz1") * v("h0"),
            "dL/dh0" => v("dL/dz2") * v("w3") + v("dL/dz1") * v("w1"),
            "dL/dw0" => v("dL/dz0") * v("x"),
            "updated.w0" => v("w0") - rate * v("dL/dw0"),
            "updated.w1" => v("w1") - rate * v("dL/dw1"),
            "updated.w2" => v("w2") - rate * v("dL/dw2"),
            "updated.w3" => v("w3") - rate * v("dL/dw3"),
            "second.yhat" => WidthOne.Forward(
                new Parameters(v("updated.w0"), v("updated.w1"), v("updated.w2"), v("updated.w3")), given.Sample, given.Variant).YHat,
            "second.loss" => loss.Value(v("y") - v("second.yhat")),
            _ => null, // ∂L/∂ŷ, ∂L/∂z1, ∂L/∂z0 hold a sign, a mask or a slope decision, judged on their own
        };
    }
}
