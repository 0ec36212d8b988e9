using MathNet.Numerics.LinearAlgebra;

namespace SkipNet.Reference.Wide;

/// <summary>Every value of the vectorised forward pass; ŷ = z2 and L = Σₖ ℓ(yₖ − ŷₖ).</summary>
public sealed record WideTrace(
    Vector<double> Z0,
    Vector<double> H0,
    Vector<double> Z1,
    Vector<double> H1,
    Vector<double> Z2,
    Vector<double> YHat,
    double Loss);
