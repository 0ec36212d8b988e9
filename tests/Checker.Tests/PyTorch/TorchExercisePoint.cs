using SkipNet.Reference;

namespace SkipNet.Checker.Tests.PyTorch;

/// <summary>
/// One point of the exercise network as PyTorch saw it: the kind of point (grid, exercise, wide, mixed, kinkK,
/// stackedKL, deadK), its weights and sample, PyTorch's loss and gradients (w0..w3, x and the intermediates), and
/// torch.autograd.gradcheck's verdict for each of w0..w3, x at its defaults.
/// </summary>
public sealed record TorchExercisePoint(
    string Kind,
    Parameters Parameters,
    Sample Sample,
    double Loss,
    IReadOnlyDictionary<Node, double> Gradients,
    IReadOnlyList<bool> GradCheck)
{
    /// <summary>The nodes whose gradient PyTorch reports: the leaves, and the intermediates through retain_grad.</summary>
    public static IReadOnlyList<Node> GradientNodes { get; } =
        [Node.W0, Node.W1, Node.W2, Node.W3, Node.X, Node.Z0, Node.H0, Node.Z1, Node.H1, Node.Z2];
}
