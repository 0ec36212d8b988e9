using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// Finite differences of the vectorised network's L along one entry, through Math.NET's stencil weights
/// (<see cref="StencilWeights"/>), with a rounding bound from <see cref="WideRoundingScale"/>; and whether a stencil
/// stays on one smooth piece of L.
/// </summary>
public static class EntryDifference
{
    /// <summary>
    /// The estimate Σᵢ cᵢ·L(v + oᵢh)/h. Its rounding bound is Σᵢ |cᵢ|·eᵢ/h with eᵢ the bound on the error of the i-th
    /// evaluation of L; v + oᵢh's own rounding is inside eᵢ (the probed entry carries ε·|value|).
    /// </summary>
    public static FiniteDifference Of(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant, Stencil stencil, double step)
    {
        if (!(step > 0 && double.IsFinite(step)))
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "the step must be a positive finite number");
        }

        var coefficients = StencilWeights.For(stencil);
        var value = WideNetwork.ValueAt(entry, weights, sample, variant);
        Span<double> samples = stackalloc double[coefficients.Coefficients.Length];
        var bound = 0.0;
        for (var i = 0; i < samples.Length; i++)
        {
            var probe = new EntryProbe(entry, value + coefficients.Offset(i) * step, 0);
            var trace = WideNetwork.Forward(weights, sample, variant, probe);
            samples[i] = trace.Loss;
            bound += Math.Abs(coefficients.Coefficients[i]) * WideRoundingScale.LossError(weights, sample, variant, probe, trace);
        }

        return new FiniteDifference(coefficients.Slope(samples, step), step, bound / step);
    }

    /// <summary>
    /// The central difference with its error bound. From the step ∛ε·(1 + |v|) (<see cref="CentralDifference.StepAt"/>)
    /// the step is divided by 4 until two successive central differences agree to <see cref="AsymptoticAgreement"/> of
    /// the finer plus both rounding bounds, at most <see cref="MaxRefinements"/> times; the finer is the estimate, and
    /// the gap between the two bounds its truncation error. A given <paramref name="step"/> is used as it is, with the
    /// difference at 4·step as the coarser one. On one piece when the coarser stencil's reach is.
    /// </summary>
    /// <remarks>
    /// A step scaled to the entry alone can be far too long for a smooth activation: σ(w·x) with |x| = 10⁵ turns on the
    /// scale 10⁻⁵ of w, where ∛ε·(1 + |w|) may span its whole rise and the difference is off by orders of magnitude. In
    /// the regime where truncation is c·h², quartering h divides it by 16, so the gap D(4h) − D(h) is 15/16 of D(4h)'s
    /// truncation error and bounds D(h)'s fifteen times over; outside that regime two successive differences disagree
    /// and the step shrinks again. Piecewise-linear L has no truncation error, and agrees at the first refinement.
    /// </remarks>
    public static CentralEstimate Central(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant, double? step = null)
    {
        var h = step ?? StepAt(entry, weights, sample, variant);
        var (coarser, finer) = step is null
            ? (Of(entry, weights, sample, variant, Stencil.Central, h), Of(entry, weights, sample, variant, Stencil.Central, h / 4))
            : (Of(entry, weights, sample, variant, Stencil.Central, 4 * h), Of(entry, weights, sample, variant, Stencil.Central, h));
        var piecewiseLinear = variant.Activation.Kind is ActivationKind.Relu or ActivationKind.LeakyRelu or ActivationKind.Identity;
        var centre = piecewiseLinear ? null : WideNetwork.Forward(weights, sample, variant);
        bool Within(double reach) => centre is null || WithinTheBend(entry, weights, sample, variant, reach, centre);
        bool Settled() => Agree(coarser, finer) && Within(coarser.Step);
        var settled = step is not null || Settled();
        for (var refinement = 1; !settled && refinement < MaxRefinements; refinement++)
        {
            (coarser, finer) = (finer, Of(entry, weights, sample, variant, Stencil.Central, finer.Step / 4));
            settled = Settled();
        }

        // A refinement that settled has found the coarser step within the bend already; a given step is asked here.
        return new CentralEstimate(finer, coarser, StaysOnOnePiece(entry, weights, sample, variant, coarser.Step), piecewiseLinear)
        {
            WithinTheBend = settled && step is null || Within(coarser.Step),
        };
    }

    /// <summary>
    /// Whether moving the entry by ±<paramref name="reach"/> moves every pre-activation (z0 and z1) by at most 1, the
    /// scale of a smooth activation's bend. A stencil that moves one further can span the whole bend, where tanh, σ or
    /// softplus look piecewise linear at h and at 4h alike: the two differences agree, and neither is the derivative.
    /// </summary>
    public static bool WithinTheBend(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant, double reach) =>
        WithinTheBend(entry, weights, sample, variant, reach, WideNetwork.Forward(weights, sample, variant));

    // The same with the plain forward pass already run.
    private static bool WithinTheBend(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant, double reach, WideTrace centre)
    {
        var value = WideNetwork.ValueAt(entry, weights, sample, variant, centre);
        return new[] { value - reach, value + reach }
            .Select(v => WideNetwork.Forward(weights, sample, variant, new EntryProbe(entry, v, 0)))
            .All(end => (end.Z0 - centre.Z0).InfinityNorm() <= 1 && (end.Z1 - centre.Z1).InfinityNorm() <= 1);
    }

    /// <summary>The relative agreement of two successive central differences that ends the refinement.</summary>
    public const double AsymptoticAgreement = 1e-3;

    /// <summary>The most central differences <see cref="Central"/> takes: the last step is 4⁻¹⁵ ≈ 10⁻⁹ of the first.</summary>
    public const int MaxRefinements = 16;

    /// <summary>
    /// Whether two successive central differences agree: their gap at most <see cref="AsymptoticAgreement"/> of the
    /// finer plus both rounding bounds.
    /// </summary>
    public static bool Agree(FiniteDifference coarser, FiniteDifference finer)
    {
        ArgumentNullException.ThrowIfNull(coarser);
        ArgumentNullException.ThrowIfNull(finer);
        // Stryker disable once Equality : < differs only where the gap equals the bound to the last bit
        return Math.Abs(coarser.Value - finer.Value)
               <= AsymptoticAgreement * Math.Abs(finer.Value) + coarser.RoundingBound + finer.RoundingBound;
    }

    /// <summary>The kink verdict from the backward and forward differences at <paramref name="step"/>.</summary>
    public static KinkVerdict Verdict(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant, double step) =>
        KinkVerdict.Of(Of(entry, weights, sample, variant, Stencil.Backward, step), Of(entry, weights, sample, variant, Stencil.Forward, step));

    /// <summary>The step the oracles use for an entry: ∛ε·(1 + |v|).</summary>
    public static double StepAt(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant) =>
        CentralDifference.StepAt(WideNetwork.ValueAt(entry, weights, sample, variant));

    /// <summary>
    /// Whether L is a single smooth piece along the entry over [v − reach, v + reach]: every scalar where a piece of L
    /// begins (z0ᵢ and z1ᵢ of a kinked activation, rₖ for L1, |rₖ| − δ and rₖ for Huber) has the same non-zero sign at
    /// both ends and at v.
    /// </summary>
    /// <remarks>
    /// With ReLU, leaky ReLU or identity every such scalar is piecewise linear in the entry and changes piece only where
    /// one of them changes sign, so equal signs at the three points prove there is no seam in between. With a smooth
    /// activation, rₖ is smooth but not linear: a seam could still hide between two points of equal sign if rₖ crossed
    /// it twice within the reach — a double root within a few multiples of 10⁻⁶, which generated points do not meet.
    /// </remarks>
    public static bool StaysOnOnePiece(Entry entry, WeightMatrices weights, VectorSample sample, Variant variant, double reach)
    {
        var value = WideNetwork.ValueAt(entry, weights, sample, variant);
        var middle = Seams(WideNetwork.Forward(weights, sample, variant), sample, variant);
        return middle.All(s => s != 0)
               && new[] { value - reach, value + reach }
                   .Select(v => Seams(WideNetwork.Forward(weights, sample, variant, new EntryProbe(entry, v, 0)), sample, variant))
                   .All(end => end.SequenceEqual(middle));
    }

    // The signs of the scalars whose zeros are L's seams.
    private static int[] Seams(WideTrace trace, VectorSample sample, Variant variant)
    {
        var seams = new List<int>();
        if (variant.Activation.HasKink)
        {
            seams.AddRange(trace.Z0.Select(Math.Sign));
            seams.AddRange(trace.Z1.Select(Math.Sign));
        }

        var residuals = sample.Y - trace.YHat;
        seams.AddRange(variant.Loss.Kind switch
        {
            LossKind.L1 => residuals.Select(Math.Sign),
            // |rₖ| − δ, and rₖ itself: a reach can carry rₖ across both seams, from above δ to below −δ.
            LossKind.Huber => residuals.SelectMany(r => new[] { Math.Sign(Math.Abs(r) - variant.Loss.Delta), Math.Sign(r) }),
            _ => [],
        });
        return [.. seams];
    }
}
