using System.Text.Json.Nodes;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker;

/// <summary>A variant as JSON: {"activation": "leaky-relu", "slope": 0.01, "loss": "huber", "delta": 1}, each parameter only where it applies.</summary>
public static class VariantJson
{
    public static JsonObject Of(Variant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var json = new JsonObject { ["activation"] = variant.Activation.Name };
        if (variant.Activation.Kind == ActivationKind.LeakyRelu)
        {
            json["slope"] = variant.Activation.Slope;
        }

        json["loss"] = variant.Loss.Name;
        if (variant.Loss.Kind == LossKind.Huber)
        {
            json["delta"] = variant.Loss.Delta;
        }

        return json;
    }
}
