using SkipNet.Checker.Cli;
using SkipNet.Checker.Judging;

namespace SkipNet.Checker.Grading;

/// <summary>
/// One submission graded: its path, exit class (0 all right, 1 mistakes, 2 unusable, 70 an internal error), counts,
/// wrong items and the kinds of its diagnoses; a file not graded has no counts and the one line saying why. The report
/// and the document's text (Markdown or LaTeX) are kept for its page.
/// </summary>
public sealed record GradedFile(string Path, ExitCode Exit, MarkCounts? Counts, IReadOnlyList<WrongItem> Wrong, IReadOnlyList<string> Diagnoses, string? Reason)
{
    public CheckReport? Report { get; init; }

    public string? Document { get; init; }

    public static GradedFile Judged(string path, CheckReport report, string? document) =>
        new(path, report.ExitCode, MarkCounts.Of(report), WrongItem.Of(report), MistakeDiagnosis.Of(report), null) { Report = report, Document = document };

    public static GradedFile Unusable(string path, string reason) => new(path, ExitCode.BadInput, null, [], [], reason);

    /// <summary>A file skipnet failed on, by a bug rather than the file: exit 70 and the internal error's one line, so the class run goes on.</summary>
    public static GradedFile Failed(string path, Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(path, ExitCode.InternalError, null, [], [], SkipnetCli.InternalError(error));
    }

    /// <summary>The score (<see cref="MarkCounts.Score"/>); null for an unusable file or one with nothing judged.</summary>
    public double? Score => Counts?.Score;
}
