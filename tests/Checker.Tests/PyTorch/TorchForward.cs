using MathNet.Numerics.LinearAlgebra;

namespace SkipNet.Checker.Tests.PyTorch;

/// <summary>PyTorch's forward pass at a point of the vectorised network: z0, h0, z1, h1 and z2 = ŷ.</summary>
public sealed record TorchForward(Vector<double> Z0, Vector<double> H0, Vector<double> Z1, Vector<double> H1, Vector<double> Z2);
