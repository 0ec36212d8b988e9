using System.Text.Json.Serialization;
using SkipNet.Checker.Fuzz;
using SkipNet.Checker.GradCheck;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reporting;
using SkipNet.Checker.Solve;

namespace SkipNet.Checker.Json;

/// <summary>
/// Every JSON document <c>skipnet</c> prints, serialised by one source-generated context: snake_case keys, two-space
/// indentation, the default encoder (non-ASCII and HTML-sensitive characters as \uXXXX), verdicts in lower case, a
/// null written unless its property says otherwise.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    WriteIndented = true,
    Converters = [typeof(LowerCaseEnum<Verdict>), typeof(LowerCaseEnum<CheckVerdict>)])]
[JsonSerializable(typeof(AnswerSheetDocument))]
[JsonSerializable(typeof(CheckReportDocument))]
[JsonSerializable(typeof(FuzzDocument))]
[JsonSerializable(typeof(GradeDocument))]
[JsonSerializable(typeof(GradeSummaryEntry))]
[JsonSerializable(typeof(GradCheckDocument))]
[JsonSerializable(typeof(WideGradCheckDocument))]
[JsonSerializable(typeof(SweepDocument))]
public sealed partial class JsonOutput : JsonSerializerContext
{
}
