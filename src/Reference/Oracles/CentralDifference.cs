namespace SkipNet.Reference.Oracles;

/// <summary>
/// The step of the central difference (f(v + h) − f(v − h)) / 2h, scaled to the value v it moves; every finite-difference
/// oracle (<see cref="EntryDifference"/>, <see cref="DifferenceLanes"/>) starts from it.
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
}
