using System.Text.Json;
using System.Text.Json.Serialization;
using SkipNet.Checker.Grading;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// A grade run as one JSON object: files [{path, exit, counts, score, wrong, reason}], summary {files, graded,
/// unusable, mistakes [{name, files}], diagnoses [{diagnosis, files}], score {files, min, lower_quartile, median,
/// upper_quartile, max}, most_wrong [{path, wrong}]} and files_per_second, the one field that differs between runs.
/// </summary>
public static class GradeReportJson
{
    public const string FilesPerSecondField = "files_per_second";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    public sealed record Run(IReadOnlyList<FileRow> Files, Summary Summary, double FilesPerSecond);

    /// <summary>A file: a judged one has counts (and a score where anything was judged), an unusable one exit 2 and its reason.</summary>
    public sealed record FileRow(string Path, int Exit, MarkCounts? Counts, double? Score, IReadOnlyList<string> Wrong, string? Reason);

    public sealed record Summary(int Files, int Graded, int Unusable, IReadOnlyList<Mistake> Mistakes, IReadOnlyList<DiagnosisTally> Diagnoses, ScoreSpread? Score, IReadOnlyList<MostWrong> MostWrong);

    public sealed record Mistake(string Name, int Files);

    public sealed record DiagnosisTally(string Diagnosis, int Files);

    public sealed record MostWrong(string Path, int Wrong);

    public static string Of(ClassGrade grade) => JsonSerializer.Serialize(RunOf(grade), Options);

    /// <summary>The summary alone, as summary.json holds it.</summary>
    public static string SummaryOf(ClassGrade grade) => JsonSerializer.Serialize(RunOf(grade).Summary, Options);

    private static Run RunOf(ClassGrade grade)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var s = grade.Summary;
        return new Run(
            [.. grade.Files.Select(f => new FileRow(f.Path, (int)f.Exit, f.Counts, f.Score, [.. f.Wrong.Select(w => w.Name)], f.Reason))],
            new Summary(
                s.Files,
                s.Graded,
                s.Unusable,
                [.. s.Mistakes.Select(t => new Mistake(t.Name, t.Files))],
                [.. s.Diagnoses.Select(t => new DiagnosisTally(t.Name, t.Files))],
                s.Score,
                [.. s.MostWrong.Select(f => new MostWrong(f.Path, f.Counts!.Wrong))]),
            grade.FilesPerSecond);
    }
}
