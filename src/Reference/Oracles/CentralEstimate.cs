namespace SkipNet.Reference.Oracles;

/// <summary>
/// A central difference of the vectorised network's L with an error bound: the rounding bounds of it and of the
/// five-point difference at the same step, plus twice their gap as the truncation estimate. Without ReLU, L is not
/// piecewise linear and the central difference's truncation error, h²·L‴/6, is no longer zero; the five-point
/// stencil's is O(h⁴), so the gap between the two measures it, and the factor 2 covers the five-point's own remainder.
/// Meaningful only where both stencils stay on one smooth piece (<see cref="OnOnePiece"/>).
/// </summary>
public sealed record CentralEstimate(FiniteDifference Central, FiniteDifference FivePoint, bool OnOnePiece)
{
    /// <summary>The central difference.</summary>
    public double Value => Central.Value;

    /// <summary>Rounding of both stencils plus twice their gap.</summary>
    public double ErrorBound =>
        Central.RoundingBound + FivePoint.RoundingBound + 2 * Math.Abs(Central.Value - FivePoint.Value);

    /// <summary>Whether a claimed derivative lies within the error bound of the central difference.</summary>
    public bool Allows(double derivative) => Math.Abs(derivative - Central.Value) <= ErrorBound;
}
