using System.Numerics;
using MathNet.Numerics;
using SkipNet.Reference.Variants;

namespace SkipNet.Reference.Oracles;

/// <summary>
/// How large the rounding errors of the exercise's forward pass can be at a point, from one magnitude M: the bound the
/// SIMD lanes carry (<see cref="DifferenceLanes"/>, <see cref="ExactSlopeLanes"/>), cheaper lane by lane than the
/// model's forward error analysis (<see cref="WideRoundingScale"/>).
/// </summary>
public static class RoundingScale
{
    /// <summary>
    /// Unit roundoff multiples one evaluation of L can be off by, relative to <see cref="LossMagnitude(Parameters, Sample)"/>: the forward
    /// pass rounds six times on the way to L (four products, a sum, the probe-free ReLUs are exact, the final
    /// difference), so 8 bounds it with room to spare.
    /// </summary>
    public const double RoundingsPerEvaluation = 8;

    /// <summary>
    /// M = |y| + |w2·w1·w0·x| + |w3·w0·x|: the sum of the magnitudes of the terms L is made of, every ReLU open.
    /// An evaluation of L is off by at most <see cref="RoundingsPerEvaluation"/>·ε·M, whatever cancels.
    /// </summary>
    /// <remarks>Computed by the forward pass itself on |w|, |x| and −|y|, where no ReLU clips and no term cancels.</remarks>
    public static double LossMagnitude(Parameters parameters, Sample sample) =>
        LossMagnitude(Node.YHat, 0, parameters, sample);

    /// <summary>
    /// The largest <see cref="LossMagnitude(Parameters, Sample)"/> over the points a stencil visits when it moves
    /// <paramref name="node"/> by up to <paramref name="reach"/>: every term grows with the node's magnitude, so
    /// the bound is M with the node's magnitude increased by the reach.
    /// </summary>
    public static double LossMagnitude(Node node, double reach, Parameters parameters, Sample sample)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(sample);
        var (magnitudes, positiveSample) = Magnitudes(parameters, sample);
        var widest = Network.ValueAt(node, magnitudes, positiveSample) + reach;
        return Network.Forward(magnitudes, positiveSample, new Probe<double>(node, widest)).Loss;
    }

    /// <summary>
    /// The sum over paths of the magnitudes of the products that make up ∂L/∂node, every ReLU open: the scale of the
    /// rounding error in any chain-rule evaluation of that derivative, whatever cancels between paths.
    /// </summary>
    public static double DerivativeMagnitude(Node node, Parameters parameters, Sample sample)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(sample);
        var (magnitudes, positiveSample) = Magnitudes(parameters, sample);
        return EntryExactDerivative.Slopes(node, magnitudes, positiveSample, Variant.Exercise).Right;
    }

    /// <summary>
    /// The most rounding can move a difference quotient (f(v + a·h) − f(v + b·h)) / ((a − b)·h), |a − b| ≥ 1, whose
    /// evaluations of L have magnitude at most M: each evaluation is off by 8εM, so 16εM/h. Rounding v + h misstates
    /// the step by up to ε·|v|, which moves the quotient by ε·|v·slope|/h; v·slope is one of the terms of M, so that
    /// is inside the margin of the 8.
    /// </summary>
    public static double DifferenceQuotientBound(double magnitude, double step) =>
        2 * RoundingsPerEvaluation * UnitRoundoff * magnitude / step;

    /// <summary><see cref="DifferenceQuotientBound(double, double)"/> lane by lane.</summary>
    public static Vector<double> DifferenceQuotientBound(Vector<double> magnitude, Vector<double> step) =>
        2 * RoundingsPerEvaluation * UnitRoundoff * magnitude / step;

    // |w|, |x| and −|y|: every ReLU passes its input and L = |y| + ŷ, a sum of non-negative terms.
    private static (Parameters, Sample) Magnitudes(Parameters parameters, Sample sample) =>
        (new Parameters(Math.Abs(parameters.W0), Math.Abs(parameters.W1), Math.Abs(parameters.W2), Math.Abs(parameters.W3)),
         new Sample(Math.Abs(sample.X), -Math.Abs(sample.Y)));

    /// <summary>Unit roundoff of double: 2⁻⁵³.</summary>
    private static readonly double UnitRoundoff = Precision.DoublePrecision;
}
