using SkipNet.Checker.Cli;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reading;

namespace SkipNet.Checker.Grading;

/// <summary>
/// Grades submissions in parallel, each exactly as <c>skipnet check</c> judges it (<see cref="CheckCommand.Judge"/>,
/// the same seed for every file); the rows come back in the order of the paths, whatever the threads.
/// </summary>
public static class ClassGrader
{
    /// <summary>The files graded on <paramref name="threads"/> threads, formula verdicts shared through <paramref name="memo"/> (none: each file judges its own); <paramref name="graded"/> is called once per file as it finishes (from any thread).</summary>
    public static IReadOnlyList<GradedFile> Grade(IReadOnlyList<string> paths, GradeSettings settings, int threads, FormulaMemo? memo, Action? graded = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var rows = new GradedFile[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            rows[i] = GradeOne(paths[i], settings, memo);
            graded?.Invoke();
        });
        return rows;
    }

    /// <summary>One file: its marks, or, where it is unusable, the <see cref="InputError"/>'s one line (or a bug's, <see cref="GradedFile.Failed"/>).</summary>
    public static GradedFile GradeOne(string path, GradeSettings settings, FormulaMemo? memo)
    {
        ArgumentNullException.ThrowIfNull(settings);
        try
        {
            var (report, document) = CheckCommand.Judge(path, settings.Cases, settings.Seed, settings.Given, memo);
            return GradedFile.Judged(path, report, document);
        }
        catch (InputError e)
        {
            return GradedFile.Unusable(path, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return GradedFile.Failed(path, e); // a bug: one row says so, and the other files are still graded
        }
    }
}
