using System.Text.Json.Serialization;
using SkipNet.Checker.Json;
using static System.Text.Json.Serialization.JsonIgnoreCondition;

namespace SkipNet.Checker.GradCheck;

/// <summary>A gradient check's JSON: the point, one row per variable, and "variant" unless ReLU and L1.</summary>
public sealed record GradCheckDocument(
    PointJson Point,
    IReadOnlyList<GradCheckEntry> Rows,
    [property: JsonIgnore(Condition = WhenWritingNull)] VariantJson? Variant);

/// <summary>One variable's row: the analytic value, every oracle's, the error, the step and the verdict.</summary>
public sealed record GradCheckEntry(
    string Variable,
    double Analytic,
    double Central,
    double Exact,
    bool KinkAtPoint,
    double Left,
    double Right,
    double RelativeError,
    double H,
    CheckVerdict Verdict);
