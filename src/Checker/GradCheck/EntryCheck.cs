using SkipNet.Analytic;
using SkipNet.Analytic.Wide;
using SkipNet.Reference.Oracles;
using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.GradCheck;

/// <summary>
/// Judges the analytic derivative along one entry of the vectorised network against the oracles, for any activation,
/// loss and widths: <c>skipnet gradcheck</c> with a variant or --widths, and the generic <c>skipnet fuzz</c> campaign.
/// </summary>
public static class EntryCheck
{
    /// <summary>Every entry's row at the point; <paramref name="step"/> null uses ∛ε·(1 + |v|) for each entry.</summary>
    public static IReadOnlyList<EntryCheckRow> At(WeightMatrices weights, VectorSample sample, Variant variant, double? step)
    {
        var (g, magnitudes) = (Backprop.Of(weights, sample, variant), PathMagnitude.Of(weights, sample, variant));
        return Entry.OfInputs(weights.Widths).Select(entry => Row(entry, g.For(entry), magnitudes, weights, sample, variant, step)).ToArray();
    }

    /// <summary>
    /// One entry's row. Where the central difference's stencils stay on one smooth piece, ok when the analytic value
    /// agrees with it to <see cref="GradientCheck.Tolerance"/> or within its error bound (the exact slope deciding where
    /// the adaptive difference is not resolved); near a seam, as
    /// <see cref="KinkVerdict"/> judges: kink when the one-sided differences disagree beyond their rounding and the
    /// analytic value lies between them (with their rounding) or, on the seam itself, between the exact one-sided
    /// slopes (with <see cref="PathMagnitude.Tolerance"/>); ok when they agree and so does the analytic value.
    /// </summary>
    private static EntryCheckRow Row(Entry entry, double analytic, WideGradients magnitudes, WeightMatrices weights, VectorSample sample, Variant variant, double? step)
    {
        var central = EntryDifference.Central(entry, weights, sample, variant, step);
        var h = central.Central.Step;
        var left = EntryDifference.Of(entry, weights, sample, variant, Stencil.Backward, h);
        var right = EntryDifference.Of(entry, weights, sample, variant, Stencil.Forward, h);
        var exact = EntryExactDerivative.Slopes(entry, weights, sample, variant);
        var error = RelativeError.Of(analytic, central.Value);
        return new EntryCheckRow(entry, analytic, central, exact, left, right, error, Verdict());

        CheckVerdict Verdict()
        {
            var smooth = error <= GradientCheck.Tolerance || central.Allows(analytic);
            var tolerance = PathMagnitude.Tolerance(entry, magnitudes, weights.Widths);
            if (central.OnOnePiece)
            {
                // Where the adaptive difference cannot resolve the derivative (its rounding above 0.1 % of it) it is no
                // evidence either way, and the exact oracle decides; a step the user chose is judged as it is.
                return step is null && !central.Resolved
                    ? exact.Contains(analytic, tolerance) ? CheckVerdict.Ok : CheckVerdict.Mismatch
                    : smooth ? CheckVerdict.Ok : CheckVerdict.Mismatch;
            }

            // A seam within reach: where the one-sided differences disagree beyond their rounding (the kink verdict),
            // any value between them, or between the exact slopes, is right; where they agree, the central difference
            // (the mean of the two) still judges.
            var slack = left.RoundingBound + right.RoundingBound;
            if (KinkVerdict.Of(left, right) is KinkVerdict.Differentiable)
            {
                return smooth || Math.Abs(analytic - central.Value) <= slack ? CheckVerdict.Ok : CheckVerdict.Mismatch;
            }

            // On a seam itself (a stacked kink, Huber's |r| = δ where the differences' truncation need not bracket the
            // derivative) the exact slopes also decide; off it, a step too large for the interval is the step's mismatch.
            var onSeam = !EntryDifference.StaysOnOnePiece(entry, weights, sample, variant, 0);
            return new OneSidedSlopes(left.Value, right.Value).Contains(analytic, slack) || (onSeam && exact.Contains(analytic, tolerance))
                ? CheckVerdict.Kink
                : CheckVerdict.Mismatch;
        }
    }

    /// <summary>
    /// How far <paramref name="analytic"/> lies outside the exact slopes' interval [Low, High], relative to the nearer
    /// slope: |a − nearer| / max(|a|, |nearer|, magnitude), 0 inside. Off a kink Low = High and this is the relative
    /// error against the exact derivative.
    /// </summary>
    public static double IntervalError(double analytic, OneSidedSlopes slopes, double magnitude)
    {
        ArgumentNullException.ThrowIfNull(slopes);
        var nearer = Math.Clamp(analytic, slopes.Low, slopes.High);
        var scale = Math.Max(Math.Max(Math.Abs(analytic), Math.Abs(nearer)), magnitude);
        return scale == 0 ? 0 : Math.Abs(analytic - nearer) / scale;
    }
}
