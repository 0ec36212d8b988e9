using System.Text.Json.Serialization;
using SkipNet.Checker.Grading;
using static System.Text.Json.Serialization.JsonIgnoreCondition;

namespace SkipNet.Checker.Reporting;

/// <summary>A grade run's JSON: {files, summary, files_per_second}; files_per_second is the one field that differs between runs.</summary>
public sealed record GradeDocument(IReadOnlyList<GradeFileEntry> Files, GradeSummaryEntry Summary, double FilesPerSecond);

/// <summary>A file: a judged one has counts (and a score where anything was judged), an unusable one exit 2 and its reason.</summary>
public sealed record GradeFileEntry(
    string Path,
    int Exit,
    [property: JsonIgnore(Condition = WhenWritingNull)] MarkCounts? Counts,
    [property: JsonIgnore(Condition = WhenWritingNull)] double? Score,
    IReadOnlyList<string> Wrong,
    [property: JsonIgnore(Condition = WhenWritingNull)] string? Reason);

/// <summary>The class summary, as summary.json holds it.</summary>
public sealed record GradeSummaryEntry(
    int Files,
    int Graded,
    int Unusable,
    IReadOnlyList<MistakeEntry> Mistakes,
    IReadOnlyList<DiagnosisEntry> Diagnoses,
    [property: JsonIgnore(Condition = WhenWritingNull)] ScoreSpread? Score,
    IReadOnlyList<MostWrongEntry> MostWrong);

/// <summary>How many files got one item wrong.</summary>
public sealed record MistakeEntry(string Name, int Files);

/// <summary>How many files show one diagnosis.</summary>
public sealed record DiagnosisEntry(string Diagnosis, int Files);

/// <summary>A file with the most wrong items.</summary>
public sealed record MostWrongEntry(string Path, int Wrong);
