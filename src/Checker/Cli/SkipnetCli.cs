using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SkipNet.Checker.Check;
using SkipNet.Checker.Solve;
using Spectre.Console;

namespace SkipNet.Checker.Cli;

/// <summary>
/// The <c>skipnet</c> command: <c>solve</c> prints the correct answer sheet, <c>check</c> judges a derivation.
/// With no command it checks the worked example's own submission. Exit codes: 0 all right, 1 mistakes found,
/// 2 unusable input (one line on standard error saying where and what).
/// </summary>
public static class SkipnetCli
{
    public const int Usable = 0;
    public const int MistakesFound = 1;
    public const int BadInput = 2;
    public const int InternalError = 70;

    private const string WorkedExampleName = "the worked example (embedded)";

    /// <summary>Runs the command line, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = Build(output);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, whatever the parser's message: "Must be one of:\n\t'text'\n\t'json'" → "Must be one of: 'text' 'json'",
            // prefixed with the option's name where the message does not say it.
            var first = parsed.Errors[0];
            var message = string.Join(' ', first.Message.Split('\n').Select(part => part.Trim()));
            var option = (first.SymbolResult?.Parent as OptionResult ?? first.SymbolResult as OptionResult)?.Option.Name;
            error.WriteLine(option is null || message.Contains(option, StringComparison.Ordinal) ? $"skipnet: {message}" : $"skipnet: {option}: {message}");
            return BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InputError e)
        {
            error.WriteLine(e.Message);
            return BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input: still one line, with EX_SOFTWARE's code.
            error.WriteLine($"skipnet: internal error: {e.GetType().Name}: {e.Message.Split('\n')[0]}");
            return InternalError;
        }
    }

    private static RootCommand Build(TextWriter output)
    {
        var solve = SolveCommand(output);
        var (check, checkAction) = CheckCommand(output);
        var root = new RootCommand("SkipNet: the worked solution, and a checker for hand derivations, of the skip-connection network exercise.")
        {
            solve,
            check,
            GradCheckCommand.Create(output),
            FuzzCommand.Create(output),
        };
        root.SetAction(_ => checkAction(null, "text", 1000, 1));
        return root;
    }

    private static Command SolveCommand(TextWriter output)
    {
        var point = new PointOptions();
        var variant = new VariantOptions();
        var lr = Number("--lr", 1, "the learning rate α");
        var format = Format("text", "markdown", "latex", "json");
        var solve = new Command("solve", "Print the correct worked solution (defaults: the worked example, ReLU and L1).") { lr, format };
        point.AddTo(solve);
        variant.AddTo(solve);
        solve.SetAction(result =>
        {
            var given = new Given(point.Weights(result), point.Sample(result), result.GetValue(lr)) { Variant = variant.Variant(result) };
            var sheet = AnswerSheet.For(given);
            if (sheet.FirstNonFinite() is { } overflowed)
            {
                throw new InputError(new SourcePlace("skipnet solve", 0, 0), $"these numbers overflow double: {overflowed} is not finite");
            }

            output.Write(result.GetValue(format) switch
            {
                "markdown" => AnswerSheetRenderer.Markdown(sheet),
                "latex" => AnswerSheetRenderer.Latex(sheet),
                "json" => AnswerSheetJson.Of(sheet) + Environment.NewLine,
                _ => AnswerSheetRenderer.Text(sheet),
            });
            return Usable;
        });
        return solve;
    }

    private static (Command, Func<string?, string, int, ulong, int>) CheckCommand(TextWriter output)
    {
        var file = new Argument<string?>("FILE") { Description = "the derivation (YAML or JSON); none: the worked example's own submission", Arity = ArgumentArity.ZeroOrOne };
        var format = Format("text", "json");
        var seed = new Option<ulong>("--seed") { Description = "the seed of the formula properties", DefaultValueFactory = _ => 1 };
        var cases = WholeNumber("--cases", 1000, 10_000_000, "generated points per formula");
        var check = new Command("check", "Check a derivation's values and formulas; exit 0 all right, 1 mistakes, 2 unusable input.") { file, format, seed, cases };

        int Action(string? path, string style, int count, ulong seedValue)
        {
            var submission = path is null
                ? SubmissionLoader.Load(WorkedExample.Text(), WorkedExampleName)
                : SubmissionLoader.LoadFile(path);
            var report = DerivationCheck.Run(submission, count, seedValue);
            if (style == "json")
            {
                output.WriteLine(CheckReportJson.Of(report));
            }
            else
            {
                CheckReportText.Write(report, Terminal.For(output));
            }

            return report.ExitCode;
        }

        check.SetAction(r => Action(r.GetValue(file), r.GetValue(format)!, r.GetValue(cases), r.GetValue(seed)));
        return (check, Action);
    }

    /// <summary>A whole-number option from 1 to <paramref name="most"/>, refused with one line otherwise.</summary>
    internal static Option<int> WholeNumber(string name, int fallback, int most, string description) =>
        new(name)
        {
            Description = $"{description} (default {fallback})",
            DefaultValueFactory = _ => fallback,
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= most)
                {
                    return n;
                }

                r.AddError($"{name} must be a whole number from 1 to {most}, not '{text}'");
                return 0;
            },
        };

    private static Option<double> Number(string name, double fallback, string description) =>
        PointOptions.Number(name, fallback, description);

    /// <summary>--format, the first of <paramref name="formats"/> by default.</summary>
    internal static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "the output format", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
