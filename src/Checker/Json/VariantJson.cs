using System.Text.Json.Serialization;
using SkipNet.Reference.Variants;
using static System.Text.Json.Serialization.JsonIgnoreCondition;

namespace SkipNet.Checker.Json;

/// <summary>A variant as JSON: {"activation": "leaky-relu", "slope": 0.01, "loss": "huber", "delta": 1}, each parameter only where it applies.</summary>
public sealed record VariantJson(
    string Activation,
    [property: JsonIgnore(Condition = WhenWritingNull)] double? Slope,
    string Loss,
    [property: JsonIgnore(Condition = WhenWritingNull)] double? Delta)
{
    public static VariantJson Of(Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return new VariantJson(
            variant.Activation.Name,
            variant.Activation.Kind == ActivationKind.LeakyRelu ? variant.Activation.Slope : null,
            variant.Loss.Name,
            variant.Loss.Kind == LossKind.Huber ? variant.Loss.Delta : null);
    }

    /// <summary>The variant, or null (no key) for the exercise's ReLU and L1.</summary>
    public static VariantJson? Unless(Variant? variant) => variant is null || variant == Variant.Exercise ? null : Of(variant);
}
