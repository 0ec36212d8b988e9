using SkipNet.Checker.Cli;

namespace SkipNet.Checker.Tests;

/// <summary>What one run of <c>skipnet</c> printed and returned, run in-process.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = SkipnetCli.Run(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Writes <paramref name="text"/> to a fresh temporary file and checks it.</summary>
    public static CliRun CheckText(string text, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"skipnet-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, text);
        try
        {
            return Of(["check", path, .. options]);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
