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

/// <summary>
/// One input of a gradient check: the analytic value and every oracle's, and the verdict. <see cref="Exact"/> is
/// the exact right slope; <see cref="KinkAtPoint"/> says whether the exact one-sided slopes differ at the point itself.
/// </summary>
public sealed record GradCheckRow(
    Node Node,
    double Analytic,
    FiniteDifference Central,
    double Exact,
    bool KinkAtPoint,
    FiniteDifference Left,
    FiniteDifference Right,
    double RelativeError,
    CheckVerdict Verdict);
