using System.Collections.Immutable;
using System.Numerics;
using MathNet.Numerics.Differentiation;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// A stencil's first-derivative weights, from Math.NET's <see cref="FiniteDifferenceCoefficients"/>, computed once:
/// f′(v) ≈ (Σᵢ cᵢ·f(v + (i − center)·h)) / h, summed in order, as Math.NET's
/// <see cref="NumericalDerivative.EvaluateDerivative(double[], int, double)"/> does (it solves for the weights again on
/// every new instance, which made it most of the cost of an oracle call).
/// </summary>
public sealed record StencilWeights(int Center, ImmutableArray<double> Coefficients)
{
    private static readonly StencilWeights Backward = FromMathNet(points: 2, center: 1);
    private static readonly StencilWeights ForwardWeights = FromMathNet(points: 2, center: 0);
    private static readonly StencilWeights Central = FromMathNet(points: 3, center: 1);
    private static readonly StencilWeights FivePoint = FromMathNet(points: 5, center: 2);

    /// <summary>The weights of <paramref name="stencil"/>.</summary>
    public static StencilWeights For(Stencil stencil) => stencil switch
    {
        Stencil.Backward => Backward,
        Stencil.Forward => ForwardWeights,
        Stencil.Central => Central,
        Stencil.FivePoint => FivePoint,
        _ => throw new ArgumentOutOfRangeException(nameof(stencil), stencil, "not a stencil"),
    };

    /// <summary>The stencil's points as multiples of the step: −center … points − 1 − center.</summary>
    public int Offset(int index) => index - Center;

    /// <summary>How far, in steps, the stencil reaches from v.</summary>
    public int Reach => Math.Max(Center, Coefficients.Length - 1 - Center);

    /// <summary>(Σᵢ cᵢ·fᵢ) / h for f sampled at the stencil's points.</summary>
    public double Slope(ReadOnlySpan<double> samples, double step)
    {
        var sum = 0.0;
        for (var i = 0; i < Coefficients.Length; i++)
        {
            sum += Coefficients[i] * samples[i];
        }

        return sum / step;
    }

    /// <summary><see cref="Slope(ReadOnlySpan{double}, double)"/> lane by lane.</summary>
    public Vector<double> Slope(ReadOnlySpan<Vector<double>> samples, Vector<double> step)
    {
        var sum = Vector<double>.Zero;
        for (var i = 0; i < Coefficients.Length; i++)
        {
            sum += Coefficients[i] * samples[i];
        }

        return sum / step;
    }

    private static StencilWeights FromMathNet(int points, int center) =>
        new(center, [.. new FiniteDifferenceCoefficients(points).GetCoefficients(center, 1)]);
}
