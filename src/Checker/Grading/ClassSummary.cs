namespace SkipNet.Checker.Grading;

/// <summary>
/// A class at a glance: how many files were graded and how many were not (unusable, or an internal error), how many
/// files got each item wrong and show each diagnosis (most first), the spread of the scores, and the files with the
/// most wrong items.
/// </summary>
public sealed record ClassSummary(int Files, int Unusable, IReadOnlyList<Tally> Mistakes, IReadOnlyList<Tally> Diagnoses, ScoreSpread? Score, IReadOnlyList<GradedFile> MostWrong)
{
    /// <summary>How many files the summary lists under <see cref="MostWrong"/>.</summary>
    public const int MostWrongShown = 5;

    public int Graded => Files - Unusable;

    public static ClassSummary Of(IReadOnlyList<GradedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        return new(
            files.Count,
            files.Count(f => f.Counts is null),
            Tally.Of(files.Select(f => f.Wrong.Select(w => w.Name))),
            Tally.Of(files.Select(f => f.Diagnoses)),
            ScoreSpread.Of(files.Select(f => f.Score).OfType<double>()),
            [.. files.Where(f => f.Counts is { Wrong: > 0 })
                .OrderByDescending(f => f.Counts!.Wrong)
                .ThenBy(f => f.Path, StringComparer.Ordinal)
                .Take(MostWrongShown)]);
    }
}
