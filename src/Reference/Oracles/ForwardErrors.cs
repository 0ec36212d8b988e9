using MathNet.Numerics.LinearAlgebra;

namespace SkipNet.Reference.Oracles;

/// <summary>Bounds on the absolute rounding error of each node of a forward pass: z0, h0, z1, h1, z2 and r = y − ŷ.</summary>
public sealed record ForwardErrors(
    Vector<double> Z0,
    Vector<double> H0,
    Vector<double> Z1,
    Vector<double> H1,
    Vector<double> Z2,
    Vector<double> Residual);
