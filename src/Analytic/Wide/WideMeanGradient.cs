using SkipNet.Reference.Wide;

namespace SkipNet.Analytic.Wide;

/// <summary>The batch's mean loss and the mean of each sample's ∂L/∂W0..∂L/∂W3.</summary>
public sealed record WideMeanGradient(double Loss, WeightMatrices Gradient);
