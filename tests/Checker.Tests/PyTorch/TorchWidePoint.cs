using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Tests.PyTorch;

/// <summary>
/// One point of the vectorised network as PyTorch saw it: variant, weights, sample, PyTorch's loss, its gradient for
/// every entry of the weights, x, z0, h0, z1, h1 and z2, its forward pass, and gradcheck's verdicts (one per variable W0..W3, x at widths
/// 1,1,1,1; one for all inputs at once otherwise). <see cref="Seam"/> says where the point was placed: none, z0, z1,
/// r0 (a residual 0) or rdelta (|r| = δ).
/// </summary>
public sealed record TorchWidePoint(
    Variant Variant,
    WeightMatrices Weights,
    VectorSample Sample,
    double Loss,
    TorchForward Forward,
    IReadOnlyDictionary<Entry, double> Gradients,
    IReadOnlyList<bool> GradCheck,
    string Seam);
