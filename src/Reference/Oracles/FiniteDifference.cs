namespace SkipNet.Reference.Oracles;

/// <summary>
/// A finite-difference estimate of a derivative: its value, the step it was taken with, and the most rounding can
/// have moved it. L is piecewise linear along every node, so away from kinks the truncation error is zero and
/// rounding is the only error.
/// </summary>
public sealed record FiniteDifference(double Value, double Step, double RoundingBound);
