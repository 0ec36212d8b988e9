using SkipNet.Reference;

namespace SkipNet.Analytic;

/// <summary>The mean loss and the mean gradient of the weights over a batch of samples.</summary>
public readonly record struct MeanGradient(double Loss, double DLdW0, double DLdW1, double DLdW2, double DLdW3)
{
    /// <summary>(∂L/∂w0, ∂L/∂w1, ∂L/∂w2, ∂L/∂w3) averaged: the gradient a mini-batch SGD step uses.</summary>
    public Parameters ForWeights => new(DLdW0, DLdW1, DLdW2, DLdW3);
}
