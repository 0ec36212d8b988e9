using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>
/// A local partial ∂a/∂b between a node and a direct input of its equation is that equation's partial derivative:
/// ∂z2/∂h1 = w2, ∂h1/∂z1 = f′(z1), ∂ŷ/∂z2 = 1, … (the names <c>dz2/dh1</c> the LaTeX reader gives).
/// </summary>
public static class LocalPartials
{
    /// <summary>Every local partial's name.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["dyhat/dz2", "dz2/dh1", "dz2/dw2", "dz2/dh0", "dz2/dw3", "dh1/dz1", "dz1/dh0", "dz1/dw1", "dh0/dz0", "dz0/dw0", "dz0/dx"];

    /// <summary>The partial over the values <paramref name="v"/>; at a kink of f, every one-sided slope.</summary>
    public static Interval Of(string name, Activation f, Func<string, Interval> v)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(v);
        return name switch
        {
            "dyhat/dz2" => Interval.Point(1),                     // ŷ = z2
            "dz2/dh1" => v("w2"),                                  // z2 = w2·h1 + w3·h0
            "dz2/dw2" => v("h1"),
            "dz2/dh0" => v("w3"),
            "dz2/dw3" => v("h0"),
            "dh1/dz1" => Steps.Slope(f, v("z1")),                 // h1 = f(z1)
            "dz1/dh0" => v("w1"),                                  // z1 = w1·h0
            "dz1/dw1" => v("h0"),
            "dh0/dz0" => Steps.Slope(f, v("z0")),                 // h0 = f(z0)
            "dz0/dw0" => v("x"),                                   // z0 = w0·x
            "dz0/dx" => v("w0"),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a local partial"),
        };
    }

    /// <summary>The partial at a point, PyTorch's slope at a kink of f (the left one).</summary>
    public static double At(string name, Activation f, Func<string, double> v)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(v);
        return name switch
        {
            "dh1/dz1" => f.Derivative(v("z1")),
            "dh0/dz0" => f.Derivative(v("z0")),
            _ => Of(name, f, n => Interval.Point(v(n))).Low,
        };
    }
}
