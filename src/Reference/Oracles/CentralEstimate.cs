namespace SkipNet.Reference.Oracles;

/// <summary>
/// A central difference of the vectorised network's L with an error bound: <see cref="Central"/> at step h, the one
/// before it at 4h (<see cref="Coarser"/>), and whether both stencils stay on one smooth piece of L. The bound is h's
/// rounding bound plus the gap between the two, which holds D(h)'s truncation error once the two agree (see
/// <see cref="EntryDifference.Central"/>). <see cref="TruncationFree"/> when the activation is piecewise linear (ReLU,
/// leaky ReLU, identity): then on each piece ŷ is linear in any one entry (it occurs once in the chain) and L, through
/// L1, r² or Huber, at most quadratic, which a central difference differentiates without truncation. With tanh, σ or
/// softplus it is not.
/// </summary>
public sealed record CentralEstimate(FiniteDifference Central, FiniteDifference Coarser, bool OnOnePiece, bool TruncationFree)
{
    /// <summary>
    /// Whether the coarser stencil moved every pre-activation by at most 1 (<see cref="EntryDifference.WithinTheBend(Wide.Entry, Wide.WeightMatrices, Wide.VectorSample, Variants.Variant, double)"/>);
    /// where it did not, two steps that both span a smooth activation's bend can agree while neither is its derivative.
    /// </summary>
    public bool WithinTheBend { get; init; } = true;

    /// <summary>The central difference at the finer step.</summary>
    public double Value => Central.Value;

    /// <summary>
    /// Whether the difference resolves the derivative: always where it is <see cref="TruncationFree"/> (its rounding
    /// bound is then its whole error); otherwise <see cref="WithinTheBend"/>, both rounding bounds within <see cref="EntryDifference.AsymptoticAgreement"/>
    /// of its size and the two steps agreeing to twice that. Otherwise the agreement that ended the refinement may be
    /// rounding noise hiding a truncation error of any size (a sigmoid that turns within one step looks flat at every
    /// step long enough to be above the noise), and the difference is no evidence either way.
    /// </summary>
    public bool Resolved =>
        TruncationFree
        || WithinTheBend
        && Central.RoundingBound + Coarser.RoundingBound <= EntryDifference.AsymptoticAgreement * Math.Abs(Central.Value)
        && Math.Abs(Central.Value - Coarser.Value) <= 2 * EntryDifference.AsymptoticAgreement * Math.Abs(Central.Value);

    /// <summary>Rounding at the finer step plus the gap to the coarser one.</summary>
    public double ErrorBound => Central.RoundingBound + Math.Abs(Central.Value - Coarser.Value);

    /// <summary>Whether a claimed derivative lies within the error bound of the central difference.</summary>
    public bool Allows(double derivative) => Math.Abs(derivative - Central.Value) <= ErrorBound;
}
