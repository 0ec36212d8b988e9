using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using SkipNet.Checker.Reading;
using Spectre.Console;

namespace SkipNet.Checker.Cli;

/// <summary>
/// The <c>skipnet</c> command: <c>solve</c>, <c>check</c>, <c>gradcheck</c>, <c>fuzz</c> and <c>grade</c>, each in its own file. With
/// no command it checks the worked example's own submission. Exit codes: <see cref="ExitCode"/>; unusable input gets one
/// line on standard error saying where and what.
/// </summary>
public static class SkipnetCli
{
    /// <summary>Runs the command line, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        var root = Build(output, error);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // One line, whatever the parser's message: "Must be one of:\n\t'text'\n\t'json'" → "Must be one of: 'text' 'json'",
            // prefixed with the option's name where the message does not say it.
            var first = parsed.Errors[0];
            var message = string.Join(' ', first.Message.Split('\n').Select(part => part.Trim()));
            var option = (first.SymbolResult?.Parent as OptionResult ?? first.SymbolResult as OptionResult)?.Option.Name;
            error.WriteLine(option is null || message.Contains(option, StringComparison.Ordinal) ? $"skipnet: {message}" : $"skipnet: {option}: {message}");
            return (int)ExitCode.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (InputError e)
        {
            error.WriteLine(e.Message);
            return (int)ExitCode.BadInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input: still one line, with EX_SOFTWARE's code.
            error.WriteLine($"skipnet: {InternalError(e)}");
            return (int)ExitCode.InternalError;
        }
    }

    /// <summary>A bug's one line: "internal error: " and the exception's type and the first line of its message.</summary>
    internal static string InternalError(Exception error) => $"internal error: {error.GetType().Name}: {error.Message.Split('\n')[0]}";

    private static RootCommand Build(TextWriter output, TextWriter error)
    {
        var root = new RootCommand("SkipNet: the worked solution, and a checker for hand derivations, of the skip-connection network exercise.")
        {
            SolveCommand.Create(output),
            CheckCommand.Create(output),
            GradCheckCommand.Create(output),
            FuzzCommand.Create(output),
            GradeCommand.Create(output, error),
        };
        root.SetAction(_ => CheckCommand.Run(output, path: null));
        return root;
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

    /// <summary>--format, the first of <paramref name="formats"/> by default.</summary>
    internal static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = "the output format", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
