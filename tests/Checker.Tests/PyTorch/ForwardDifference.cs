using MathNet.Numerics.LinearAlgebra;

namespace SkipNet.Checker.Tests.PyTorch;

/// <summary>A bound on how far two correctly rounded forward passes can put each node: z0, h0, z1, h1, z2 and r = y − ŷ.</summary>
public sealed record ForwardDifference(
    Vector<double> Z0,
    Vector<double> H0,
    Vector<double> Z1,
    Vector<double> H1,
    Vector<double> Z2,
    Vector<double> Residual);
