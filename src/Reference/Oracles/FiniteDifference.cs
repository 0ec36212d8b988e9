namespace SkipNet.Reference.Oracles;

/// <summary>
/// A finite-difference estimate of a derivative: its value, the step it was taken with, and the most rounding can
/// have moved it. The bound is for rounding only: with the exercise's ReLU and L1, L is piecewise linear along every
/// node, so a central difference away from kinks has no truncation error; with tanh, σ or softplus it has one
/// (h²·L‴/6), which <see cref="CentralEstimate"/> bounds by the gap to the difference at four times the step.
/// </summary>
public sealed record FiniteDifference(double Value, double Step, double RoundingBound);
