using System.CommandLine;
using System.Diagnostics;
using SkipNet.Checker.Grading;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reporting;
using Spectre.Console;

namespace SkipNet.Checker.Cli;

/// <summary>
/// <c>skipnet grade</c>: every submission under the directories (and the files) named, each judged as <c>check</c>
/// judges it, in parallel; the class table and summary as text, JSON or CSV, and with --out a folder of reports.
/// Exit 0 when the run completed, 2 when no file could be judged.
/// </summary>
public static class GradeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("DIR|FILE") { Description = "the submissions: directories (read recursively: .md, .markdown, .tex, .yaml, .yml, .json) or files", Arity = ArgumentArity.OneOrMore };
        var outDir = new Option<string?>("--out") { Description = "write a report per file, index.html, mistakes.png/.svg, grades.csv and summary.json to this directory" };
        var format = SkipnetCli.Format("text", "json", "csv");
        var threads = SkipnetCli.WholeNumber("--threads", Environment.ProcessorCount, 1024, "files graded at once");
        var (seed, cases) = (CheckCommand.Seed(), CheckCommand.Cases());
        var point = new PointOptions();
        var variant = new VariantOptions();
        var lr = PointOptions.Number("--lr", 1, "the learning rate α");
        var grade = new Command("grade", "Grade a class: check every submission, then the class table and summary; exit 0 when the run completed, 2 when no file could be judged.")
        {
            paths, outDir, format, threads, seed, cases, lr,
        };
        point.AddTo(grade);
        variant.AddTo(grade);
        grade.SetAction(r => Run(
            output,
            error,
            r.GetValue(paths)!,
            new GradeSettings(r.GetValue(cases), r.GetValue(seed), CheckCommand.WrittenGiven(r, point, lr, variant)),
            r.GetValue(threads),
            r.GetValue(format)!,
            r.GetValue(outDir)));
        return grade;
    }

    /// <summary>Find → grade → summarise → report; the formula memo lives for this run only.</summary>
    public static int Run(TextWriter output, TextWriter error, IReadOnlyList<string> paths, GradeSettings settings, int threads, string format = "text", string? outDir = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var files = SubmissionFiles.Find(paths, except: outDir);
        var grade = Grade(files, settings, threads, Terminal.IsInteractive(output));
        if (outDir is not null)
        {
            GradeFolder.Write(grade, outDir);
        }

        switch (format)
        {
            case "json":
                output.WriteLine(GradeReportJson.Of(grade));
                break;
            case "csv":
                output.Write(GradesCsv.Of(grade.Files));
                break;
            default:
                GradeReportText.Write(grade, Terminal.For(output));
                break;
        }

        if (grade.ExitCode == ExitCode.BadInput)
        {
            error.WriteLine($"skipnet grade: none of the {files.Count} files could be judged");
        }

        return (int)grade.ExitCode;
    }

    // With a progress bar on a terminal a person watches; its updates come from the grading threads.
    private static ClassGrade Grade(IReadOnlyList<string> files, GradeSettings settings, int threads, bool progress)
    {
        var memo = new FormulaMemo();
        var clock = Stopwatch.StartNew();
        var rows = progress
            ? AnsiConsole.Progress().AutoClear(true).Start(context =>
            {
                var task = context.AddTask("grading", maxValue: files.Count);
                return ClassGrader.Grade(files, settings, threads, memo, () => task.Increment(1));
            })
            : ClassGrader.Grade(files, settings, threads, memo);
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-6);
        return new ClassGrade(rows, ClassSummary.Of(rows), files.Count / seconds);
    }
}
