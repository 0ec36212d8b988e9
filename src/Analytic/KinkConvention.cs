namespace SkipNet.Analytic;

/// <summary>
/// The values a derivation uses for the slopes that do not exist at a kink: ReLU′(0) at each hidden unit, in [0, 1],
/// and d|u|/du at u = 0, in [−1, 1]. Any choice is a legitimate convention for a hand derivation.
/// </summary>
public sealed record KinkConvention(double ReluSlopeAtZeroZ0, double ReluSlopeAtZeroZ1, double AbsSlopeAtZero)
{
    /// <summary>PyTorch's: ReLU′(0) = 0 and d|u|/du = 0 at u = 0.</summary>
    public static KinkConvention PyTorch { get; } = new(0, 0, 0);

    /// <summary>
    /// The corners of the box of conventions. A gradient is multilinear in the three choices, so the values all
    /// conventions give at a point are the interval between the smallest and largest corner value.
    /// </summary>
    public static IReadOnlyList<KinkConvention> Corners { get; } =
        (from relu0 in new[] { 0.0, 1.0 }
         from relu1 in new[] { 0.0, 1.0 }
         from abs in new[] { -1.0, 1.0 }
         select new KinkConvention(relu0, relu1, abs)).ToArray();
}
