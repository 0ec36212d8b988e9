namespace SkipNet.Reference.Oracles;

/// <summary>
/// The central difference (f(v + h) − f(v − h)) / 2h, through Math.NET's three-point stencil, with a step scaled to
/// the node's value.
/// </summary>
public static class CentralDifference
{
    /// <summary>
    /// The base step ∛ε ≈ 6.06e-6, which balances a central difference's truncation error (∝ h²) against its
    /// rounding error (∝ ε/h) for a smooth function.
    /// </summary>
    public const double BaseStep = 6.0554544523933395e-6;

    /// <summary>The step used at a node of value v: h = ∛ε·(1 + |v|).</summary>
    public static double StepAt(double value) => BaseStep * (1 + Math.Abs(value));

    /// <summary>The central difference of L along <paramref name="node"/> at the point, with the step <see cref="StepAt"/>.</summary>
    public static FiniteDifference Of(Node node, Parameters parameters, Sample sample) =>
        DifferenceQuotient.Of(node, parameters, sample, Stencil.Central, StepAt(Network.ValueAt(node, parameters, sample)));
}
