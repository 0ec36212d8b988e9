using System.Globalization;

namespace SkipNet.Reference.Variants;

/// <summary>Which activation the hidden units use and which loss the outputs are judged by.</summary>
public sealed record Variant(Activation Activation, LossFunction Loss)
{
    /// <summary>The exercise's: ReLU and L1.</summary>
    public static Variant Exercise { get; } = new(Activation.Relu, LossFunction.L1);

    /// <summary>"relu, l1", "leaky-relu (slope 0.01), huber (delta 1)".</summary>
    public override string ToString()
    {
        var activation = Activation.Kind == ActivationKind.LeakyRelu
            ? string.Create(CultureInfo.InvariantCulture, $"{Activation.Name} (slope {Activation.Slope:R})")
            : Activation.Name;
        var loss = Loss.Kind == LossKind.Huber
            ? string.Create(CultureInfo.InvariantCulture, $"{Loss.Name} (delta {Loss.Delta:R})")
            : Loss.Name;
        return $"{activation}, {loss}";
    }
}
