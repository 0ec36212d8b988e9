using SkipNet.Reference;

namespace SkipNet.Analytic;

/// <summary>
/// Every gradient of the backward pass, ∂L/∂(·) for each value of the forward pass and the input x. ∂L/∂h0 is kept
/// both whole and as its two contributions, one per use of h0.
/// </summary>
public sealed record Gradients(
    double DLdYHat,
    double DLdZ2,
    double DLdW2,
    double DLdW3,
    double DLdH1,
    double DLdZ1,
    double DLdW1,
    double DLdH0ViaSkip,
    double DLdH0ViaMain,
    double DLdH0,
    double DLdZ0,
    double DLdW0,
    double DLdX)
{
    /// <summary>∂L/∂node: every node of the network has its gradient here (h0's two uses are its two parts).</summary>
    public double For(Node node) => node switch
    {
        Node.W0 => DLdW0,
        Node.W1 => DLdW1,
        Node.W2 => DLdW2,
        Node.W3 => DLdW3,
        Node.X => DLdX,
        Node.Z0 => DLdZ0,
        Node.H0 => DLdH0,
        Node.H0Main => DLdH0ViaMain,
        Node.H0Skip => DLdH0ViaSkip,
        Node.Z1 => DLdZ1,
        Node.H1 => DLdH1,
        Node.Z2 => DLdZ2,
        Node.YHat => DLdYHat,
        _ => throw new ArgumentOutOfRangeException(nameof(node), node, "not a node of the network"),
    };

    /// <summary>(∂L/∂w0, ∂L/∂w1, ∂L/∂w2, ∂L/∂w3), the gradient an SGD step uses.</summary>
    public Parameters ForWeights => new(DLdW0, DLdW1, DLdW2, DLdW3);
}
