using System.Diagnostics;

namespace SkipNet.Checker.Tests;

/// <summary>The real <c>skipnet</c> process: exit codes and standard error as a shell sees them.</summary>
public sealed class ProcessTests
{
    [Fact]
    public void NoArguments_ChecksTheEmbeddedExample_ExitOne()
    {
        var (code, output, error) = Run();
        Assert.Equal(1, code);
        Assert.Contains(" right, 8 wrong, 0 carried, ", output); // loss, second.loss; the formulas for ∂L/∂ŷ and ∂L/∂w0; steps on l. 59, 79 and twice 107
        Assert.Equal("", error);
    }

    [Fact]
    public void MissingFile_OneLineOnStandardError_ExitTwo()
    {
        var (code, output, error) = Run("check", "/nonexistent/derivation.yaml");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal("/nonexistent/derivation.yaml: no such file", error.TrimEnd());
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var skipnet = Path.Combine(AppContext.BaseDirectory, "skipnet.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(skipnet);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
