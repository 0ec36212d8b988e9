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

    /// <summary>A fuzz run's JSON without what may differ between runs of the same seed: the timing and the thread count.</summary>
    public string FuzzFindings()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Output)!.AsObject();
        json.Remove("cases_per_second");
        json.Remove("threads");
        return json.ToJsonString();
    }

    /// <summary>Writes <paramref name="text"/> to a fresh temporary YAML file and checks it.</summary>
    public static CliRun CheckText(string text, params string[] options) => CheckFile(text, ".yaml", options);

    /// <summary>Writes <paramref name="text"/> to a fresh temporary file with the extension and checks it.</summary>
    public static CliRun CheckFile(string text, string extension, params string[] options)
    {
        var path = Path.Combine(Path.GetTempPath(), $"skipnet-{Guid.NewGuid():N}{extension}");
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
