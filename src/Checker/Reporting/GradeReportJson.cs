using System.Text.Json;
using SkipNet.Checker.Grading;
using SkipNet.Checker.Json;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// A grade run as one JSON object (<see cref="GradeDocument"/>): files [{path, exit, counts, score, wrong, reason}],
/// summary {files, graded, unusable, mistakes [{name, files}], diagnoses [{diagnosis, files}], score {files, min,
/// lower_quartile, median, upper_quartile, max}, most_wrong [{path, wrong}]} and files_per_second.
/// </summary>
public static class GradeReportJson
{
    public const string FilesPerSecondField = "files_per_second";

    public static string Of(ClassGrade grade) => JsonSerializer.Serialize(DocumentOf(grade), JsonOutput.Default.GradeDocument);

    /// <summary>The summary alone, as summary.json holds it.</summary>
    public static string SummaryOf(ClassGrade grade) => JsonSerializer.Serialize(DocumentOf(grade).Summary, JsonOutput.Default.GradeSummaryEntry);

    private static GradeDocument DocumentOf(ClassGrade grade)
    {
        ArgumentNullException.ThrowIfNull(grade);
        var s = grade.Summary;
        return new GradeDocument(
            [.. grade.Files.Select(f => new GradeFileEntry(f.Path, (int)f.Exit, f.Counts, f.Score, [.. f.Wrong.Select(w => w.Name)], f.Reason))],
            new GradeSummaryEntry(
                s.Files,
                s.Graded,
                s.Unusable,
                [.. s.Mistakes.Select(t => new MistakeEntry(t.Name, t.Files))],
                [.. s.Diagnoses.Select(t => new DiagnosisEntry(t.Name, t.Files))],
                s.Score,
                [.. s.MostWrong.Select(f => new MostWrongEntry(f.Path, f.Counts!.Wrong))]),
            grade.FilesPerSecond);
    }
}
