using SkipNet.Reference;

namespace SkipNet.Checker;

/// <summary>The names a derivation can claim values and formulas for, in the order they are worked out.</summary>
public static class Quantities
{
    public static IReadOnlyList<string> Inputs { get; } = ["x", "y", "w0", "w1", "w2", "w3"];

    public static IReadOnlyList<string> Forward { get; } = ["z0", "h0", "z1", "h1", "z2", "yhat", "loss"];

    public static IReadOnlyList<string> Gradients { get; } =
        ["dL/dyhat", "dL/dz2", "dL/dw2", "dL/dw3", "dL/dh1", "dL/dz1", "dL/dw1", "dL/dh0", "dL/dz0", "dL/dw0"];

    public static IReadOnlyList<string> Updated { get; } = ["updated.w0", "updated.w1", "updated.w2", "updated.w3"];

    public static IReadOnlyList<string> Second { get; } =
        ["second.z0", "second.h0", "second.z1", "second.h1", "second.z2", "second.yhat", "second.loss"];

    /// <summary>The node a gradient name differentiates by: dL/dw0 → w0, dL/dyhat → ŷ, …</summary>
    public static Node NodeOf(string gradient) => gradient switch
    {
        "dL/dyhat" => Node.YHat, "dL/dz2" => Node.Z2, "dL/dw2" => Node.W2, "dL/dw3" => Node.W3, "dL/dh1" => Node.H1,
        "dL/dz1" => Node.Z1, "dL/dw1" => Node.W1, "dL/dh0" => Node.H0, "dL/dz0" => Node.Z0, "dL/dw0" => Node.W0,
        _ => throw new ArgumentOutOfRangeException(nameof(gradient), gradient, "not a gradient name"),
    };

    /// <summary>Every name a value can be claimed for, in working order.</summary>
    public static IReadOnlyList<string> Claimable { get; } = [.. Forward, .. Gradients, .. Updated, .. Second];

    /// <summary>Every name a formula may use.</summary>
    public static IReadOnlyList<string> FormulaNames { get; } = [.. Inputs, .. Forward, .. Gradients];

    /// <summary>The given's optional keys that name the network's variant; without them, ReLU and L1.</summary>
    public static IReadOnlyList<string> VariantKeys { get; } = ["activation", "slope", "loss", "delta"];

    /// <summary>The given's keys.</summary>
    public static IReadOnlyList<string> GivenKeys { get; } = [.. Inputs, "learning_rate", .. VariantKeys];

    /// <summary>A name as it is printed: its quantity and its primes; updated.w0 and second.z0 are w0′ and z0′, w0'' has two.</summary>
    public static (string Bare, int Primes) Primed(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bare = name.TrimEnd('\'');
        var primes = name.Length - bare.Length;
        return bare.StartsWith("updated.", StringComparison.Ordinal) || bare.StartsWith("second.", StringComparison.Ordinal)
            ? (bare[(bare.IndexOf('.', StringComparison.Ordinal) + 1)..], primes + 1)
            : (bare, primes);
    }
}
