namespace SkipNet.Checker.Grading;

/// <summary>A grade run: the files in path order, their summary, and how fast they were graded (the one figure that varies between runs).</summary>
public sealed record ClassGrade(IReadOnlyList<GradedFile> Files, ClassSummary Summary, double FilesPerSecond)
{
    /// <summary>Usable when at least one file was judged; BadInput when none could be.</summary>
    public ExitCode ExitCode => Summary.Graded > 0 ? ExitCode.Usable : ExitCode.BadInput;
}
