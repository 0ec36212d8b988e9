using SkipNet.Reference.Variants;
using SkipNet.Reference.Wide;

namespace SkipNet.Checker.Fuzz;

/// <summary>
/// What a generic campaign ran on — the variant, the widths, the entries checked per case (every weight entry and x) —
/// and what it counted besides the error statistics: mismatches (off a kink, the analytic value differs from the exact
/// derivative beyond rounding), kink checks whose analytic value lies outside the exact one-sided slopes, resolved
/// central differences off by more than 1e-6 and beyond their own error bound, and central differences that could not
/// resolve the derivative (<see cref="SkipNet.Reference.Oracles.CentralEstimate.Resolved"/>).
/// </summary>
public sealed record FuzzScope(
    Variant Variant, Widths Widths, int Entries, long Mismatches, long KinkOutside, long CentralBeyondBound, long CentralUnresolved);
