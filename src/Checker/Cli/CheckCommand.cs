using System.CommandLine;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reading;
using SkipNet.Checker.Reading.Documents;
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
        var file = new Argument<string?>("FILE") { Description = "the derivation: Markdown (.md), LaTeX (.tex), YAML or JSON; none: the worked example's own submission", Arity = ArgumentArity.ZeroOrOne };
        var format = SkipnetCli.Format("text", "json", "html");
        var seed = Seed();
        var cases = Cases();
        var point = new PointOptions();
        var variant = new VariantOptions();
        var lr = PointOptions.Number("--lr", 1, "the learning rate α");
        var check = new Command("check", "Check a derivation's values, formulas and written steps; exit 0 all right, 1 mistakes, 2 unusable input.") { file, format, seed, cases, lr };
        point.AddTo(check);
        variant.AddTo(check);
        check.SetAction(r =>
        {
            // The point on the command line, for a Markdown or LaTeX document; without it, its front matter's or the worked example's.
            return Run(output, r.GetValue(file), r.GetValue(format)!, r.GetValue(cases), r.GetValue(seed), WrittenGiven(r, point, lr, variant));
        });
        return check;
    }

    /// <summary>Read → judge → report; what <c>skipnet</c> with no command runs on the worked example.</summary>
    public static int Run(TextWriter output, string? path, string format = "text", int cases = 1000, ulong seed = 1, Given? given = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var (report, document) = Judge(path, cases, seed, given);
        if (format == "json")
        {
            output.WriteLine(CheckReportJson.Of(report));
        }
        else if (format == "html")
        {
            output.Write(CheckReportHtml.Of(report, document, IsTex(path)));
        }
        else
        {
            CheckReportText.Write(report, Terminal.For(output));
        }

        return (int)report.ExitCode;
    }

    /// <summary>
    /// Read → judge: the report of the file at <paramref name="path"/> (the worked example's without one), and the
    /// document's text, kept for the HTML page (YAML and JSON have none). Unusable input throws <see cref="InputError"/>.
    /// </summary>
    public static (CheckReport Report, string? Document) Judge(string? path, int cases, ulong seed, Given? given, FormulaMemo? memo = null)
    {
        var document = path switch
        {
            null => WorkedExample.Markdown(),
            _ when DocumentReader.IsDocument(path) => SubmissionLoader.ReadText(path),
            _ => null,
        };
        var report = path switch
        {
            null => DerivationCheck.Run(DocumentReader.Read(document!, WorkedExampleName, given), cases, seed, memo),
            _ when document is not null => DerivationCheck.Run(
                DocumentReader.Read(document, path, given is null ? null : OverflowGuard.Checked(given, new SourcePlace("skipnet check", 0, 0))),
                cases,
                seed,
                memo),
            _ => DerivationCheck.Run(SubmissionLoader.LoadFile(path), cases, seed, memo),
        };
        return (report, document);
    }

    /// <summary>Whether the page renders the document as LaTeX.</summary>
    public static bool IsTex(string? path) => path?.EndsWith(".tex", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The point written on the command line (with --lr and the variant), or null to take the document's own.</summary>
    internal static Given? WrittenGiven(ParseResult r, PointOptions point, Option<double> lr, VariantOptions variant) =>
        point.Written(r).Count > 0 || r.GetResult(lr) is { Implicit: false } || variant.AnyWritten(r)
            ? new Given(point.Weights(r), point.Sample(r), r.GetValue(lr)) { Variant = variant.Variant(r) }
            : null;

    /// <summary>--cases, the generated points per formula.</summary>
    internal static Option<int> Cases() => SkipnetCli.WholeNumber("--cases", 1000, 10_000_000, "generated points per formula");

    /// <summary>--seed, the seed of the formula properties.</summary>
    internal static Option<ulong> Seed() =>
        new("--seed") { Description = "the seed of the formula properties", DefaultValueFactory = _ => 1 };
}
