using SkipNet.Checker.Json;

namespace SkipNet.Checker.GradCheck;

/// <summary>A gradient check of the vectorised network as JSON: the seed, widths, variant and point, then every entry's row.</summary>
public sealed record WideGradCheckDocument(ulong Seed, string Widths, VariantJson Variant, string Point, IReadOnlyList<WideGradCheckEntry> Rows);

/// <summary>One entry's row: the analytic value, the central estimate with its bound, the exact and one-sided slopes.</summary>
public sealed record WideGradCheckEntry(
    string Entry,
    double Analytic,
    double Central,
    double CentralErrorBound,
    bool OnOnePiece,
    double ExactLeft,
    double ExactRight,
    double Left,
    double Right,
    double RelativeError,
    double H,
    CheckVerdict Verdict);
