using Spectre.Console;

namespace SkipNet.Checker.Cli;

/// <summary>A Spectre console on a writer: colour on a terminal, plain text when redirected or NO_COLOR is set.</summary>
public static class Terminal
{
    /// <summary>Whether <paramref name="writer"/> is a terminal a person watches: the console, not redirected.</summary>
    public static bool IsInteractive(TextWriter writer) => writer == Console.Out && !Console.IsOutputRedirected;

    public static IAnsiConsole For(TextWriter writer)
    {
        var plain = !IsInteractive(writer) || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });
        if (plain)
        {
            console.Profile.Width = 4096; // a file or pipe has no width: do not wrap lines
        }

        return console;
    }
}
