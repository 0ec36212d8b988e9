using SkipNet.Reference;
using SkipNet.Reference.Oracles;

namespace SkipNet.Checker.GradCheck;

/// <summary>ok: the analytic gradient agrees with the central difference; kink: L is not differentiable here and
/// the analytic value lies between the one-sided slopes; mismatch: neither.</summary>
public enum CheckVerdict
{
    Ok,
    Kink,
    Mismatch,
}

/// <summary>One variable of a gradient check: the analytic value and every oracle's, and the verdict.</summary>
public sealed record GradCheckRow(
    Node Variable,
    double Analytic,
    FiniteDifference Central,
    double Exact,
    FiniteDifference Left,
    FiniteDifference Right,
    double RelativeError,
    CheckVerdict Verdict);
