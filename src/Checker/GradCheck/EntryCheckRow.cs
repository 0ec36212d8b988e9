using SkipNet.Reference.Oracles;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.GradCheck;

/// <summary>
/// One entry of a gradient check of the vectorised network: the analytic value, the central difference with its error
/// bound, the exact one-sided slopes, the one-sided differences, the relative error against the central difference and
/// the verdict.
/// </summary>
public sealed record EntryCheckRow(
    Entry Entry,
    double Analytic,
    CentralEstimate Central,
    OneSidedSlopes Exact,
    FiniteDifference Left,
    FiniteDifference Right,
    double RelativeError,
    CheckVerdict Verdict);
