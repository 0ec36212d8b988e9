using System.CommandLine;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Reporting;

namespace SkipNet.Checker.Cli;

/// <summary>
/// <c>skipnet check</c>: read a derivation (the embedded worked example without a file), judge it, report it:
/// exit 0 all right, 1 mistakes, 2 unusable input.
/// </summary>
public static class CheckCommand
{
    private const string WorkedExampleName = "the worked example (embedded)";

    public static Command Create(TextWriter output)
    {
        var file = new Argument<string?>("FILE") { Description = "the derivation (YAML or JSON); none: the worked example's own submission", Arity = ArgumentArity.ZeroOrOne };
        var format = SkipnetCli.Format("text", "json");
        var seed = new Option<ulong>("--seed") { Description = "the seed of the formula properties", DefaultValueFactory = _ => 1 };
        var cases = SkipnetCli.WholeNumber("--cases", 1000, 10_000_000, "generated points per formula");
        var check = new Command("check", "Check a derivation's values and formulas; exit 0 all right, 1 mistakes, 2 unusable input.") { file, format, seed, cases };
        check.SetAction(r => Run(output, r.GetValue(file), r.GetValue(format)!, r.GetValue(cases), r.GetValue(seed)));
        return check;
    }

    /// <summary>Read → judge → report; what <c>skipnet</c> with no command runs on the worked example.</summary>
    public static int Run(TextWriter output, string? path, string format = "text", int cases = 1000, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(output);
        var submission = path is null
            ? SubmissionLoader.Load(WorkedExample.Text(), WorkedExampleName)
            : SubmissionLoader.LoadFile(path);
        var report = DerivationCheck.Run(submission, cases, seed);
        if (format == "json")
        {
            output.WriteLine(CheckReportJson.Of(report));
        }
        else
        {
            CheckReportText.Write(report, Terminal.For(output));
        }

        return (int)report.ExitCode;
    }
}
