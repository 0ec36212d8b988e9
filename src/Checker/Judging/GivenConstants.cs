using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>The given's constants a derivation may name: the learning rate α (lr), leaky ReLU's slope, Huber's δ (delta).</summary>
public static class GivenConstants
{
    /// <summary>The variant's own constants, leaky ReLU's slope and Huber's δ: a gradient formula may take them.</summary>
    public static IReadOnlyList<string> OfVariant { get; } = ["slope", "delta"];

    public static IReadOnlyList<string> Names { get; } = ["lr", .. OfVariant];

    /// <summary>The constant's value for the variant, with <paramref name="learningRate"/> for lr; null for other names.</summary>
    public static double? Of(string name, Variant variant, double learningRate)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return name switch
        {
            "lr" => learningRate,
            "slope" => variant.Activation.Slope,
            "delta" => variant.Loss.Delta,
            _ => null,
        };
    }
}
