namespace SkipNet.Checker.Tests;

/// <summary>Unusable input: one line naming the file, line and column and what is wrong; exit 2; no stack trace.</summary>
public sealed class BadInputTests
{
    private const string Given = "given: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1}\n";

    [Theory]
    [InlineData("given: [1, 2\n", "2:1", "not valid YAML")]
    [InlineData("- just\n- a list\n", "1:1", "must be a mapping")]
    [InlineData(Given + "valeus: {z0: 1}\n", "2:1", "unknown key 'valeus'; did you mean 'values'?")]
    [InlineData(Given + "values: {zz0: 1}\n", "2:10", "unknown value 'zz0'; did you mean 'z0'?")]
    [InlineData(Given + "aliases: {w5: w9}\n", "2:15", "'w9' is not a name of the network")]
    [InlineData(Given + "formulas: {dL/dw0: \"w5 * x\"}\n", "2:21", "unknown name 'w5'")]
    [InlineData(Given + "values: {z0: .inf}\n", "2:14", "not a finite number")]
    [InlineData(Given + "values: {z0: 1e999}\n", "2:14", "not a finite number")]
    [InlineData(Given + "values: {z0: abc}\n", "2:14", "is not a number")]
    [InlineData(Given + "formulas: {dL/dw0: \"(x * \"}\n", "2:", "in the formula for dL/dw0")]
    [InlineData(Given + "formulas: {z0: \"x\"}\n", "2:12", "formulas are checked for gradients only")]
    [InlineData("given: {x: 1, y: 3, w0: 0.5, w1: 0.5, w2: 0.5, learning_rate: 1}\n", "1:8", "'given' lacks 'w3'")]
    [InlineData("a: &a [1, 1]\nb: &b [*a, *a]\nc: &c [*b, *b]\n", "1:4", "anchors (&name) are not allowed")]
    [InlineData("a: [[[[[[[[[[1]]]]]]]]]]\n", "1:", "nested more than 8 levels deep")]
    [InlineData("", "1:1", "the file is empty")]
    [InlineData("given: {x: 1e200, y: 3, w0: 1e200, w1: 0.5, w2: 0.5, w3: 0.5, learning_rate: 1}\n", "1:8", "overflow double: z0 is not finite")]
    public void BadFile_IsOneLineNamingThePlace(string text, string place, string problem)
    {
        var run = CliRun.CheckText(text);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Matches(@"skipnet-[0-9a-f]+\.yaml:" + place.Replace(".", "\\."), line);
        Assert.Contains(problem, line);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Theory]
    [InlineData(150, "nested too deeply")]
    [InlineData(5000, "longer than 2000 characters")]
    public void DeeplyNestedOrLongFormula_IsRefused(int depth, string problem)
    {
        var run = CliRun.CheckText(Given + $"formulas: {{dL/dw0: \"{new string('(', depth)}x{new string(')', depth)}\"}}\n");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(problem, run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void MissingFile_IsOneLine()
    {
        var run = CliRun.Of("check", "/nonexistent/derivation.yaml");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("/nonexistent/derivation.yaml: no such file", run.Error.TrimEnd());
    }

    [Fact]
    public void FileOverOneMebibyte_IsRefusedUnread()
    {
        var run = CliRun.CheckText(Given + "# " + new string('x', 1 << 20) + "\n");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("at most 1048576 (1 MiB) are read", run.Error);
    }

    [Theory]
    [InlineData("--cases", "0")]
    [InlineData("--cases", "-5")]
    [InlineData("--seed", "x")]
    [InlineData("--format", "xml")]
    public void BadCheckOption_IsOneLineAndExitTwo(string option, string value)
    {
        var run = CliRun.Of("check", option, value);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
    }
}
