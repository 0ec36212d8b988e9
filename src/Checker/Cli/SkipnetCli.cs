using System.CommandLine;
using System.Globalization;
using SkipNet.Checker.Check;
using SkipNet.Checker.Solve;
using SkipNet.Reference;

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
            // One line, whatever the parser's message: "Must be one of:\n\t'text'\n\t'json'" → "Must be one of: 'text' 'json'".
            error.WriteLine($"skipnet: {string.Join(' ', parsed.Errors[0].Message.Split('\n').Select(part => part.Trim()))}");
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
        };
        root.SetAction(_ => checkAction(null, "text", 1000, 1));
        return root;
    }

    private static Command SolveCommand(TextWriter output)
    {
        var x = Number("--x", 1, "the input x");
        var y = Number("--y", 3, "the target y");
        var w0 = Number("--w0", 0.5, "the weight w0");
        var w1 = Number("--w1", 0.5, "the weight w1");
        var w2 = Number("--w2", 0.5, "the weight w2");
        var w3 = Number("--w3", 0.5, "the skip weight w3");
        var lr = Number("--lr", 1, "the learning rate α");
        var format = Format("text", "markdown", "latex", "json");
        var solve = new Command("solve", "Print the correct worked solution (defaults: the worked example).") { x, y, w0, w1, w2, w3, lr, format };
        solve.SetAction(result =>
        {
            var given = new Given(
                new Parameters(result.GetValue(w0), result.GetValue(w1), result.GetValue(w2), result.GetValue(w3)),
                new Sample(result.GetValue(x), result.GetValue(y)),
                result.GetValue(lr));
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
        var cases = new Option<int>("--cases")
        {
            Description = "generated points per formula (default 1000)",
            DefaultValueFactory = _ => 1000,
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000_000)
                {
                    return n;
                }

                r.AddError($"--cases must be a whole number from 1 to 10000000, not '{text}'");
                return 0;
            },
        };
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

    private static Option<double> Number(string name, double fallback, string description)
    {
        return new Option<double>(name)
        {
            Description = $"{description} (default {Numbers.Format(fallback)})",
            DefaultValueFactory = _ => fallback,
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
                if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
                {
                    return value;
                }

                r.AddError($"{name} must be a finite number, not '{text}'");
                return 0;
            },
        };
    }

    private static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "the output format", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
