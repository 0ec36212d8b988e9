using System.Text.RegularExpressions;

namespace SkipNet.Checker.Tests;

/// <summary>
/// The README's samples are what <c>skipnet</c> prints: each indented "$ skipnet …" block is run, and every line it shows
/// (a "…" stands for lines left out) must appear in the output, in order. A Markdown block just before a
/// <c>check mine.md</c> sample is the file it checks.
/// </summary>
public sealed partial class ReadmeSamplesTests
{
    [Fact]
    public void EverySample_IsWhatTheCommandPrints()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        var samples = Sample().Matches(readme).ToList();

        Assert.Equal(["check mine.md", "solve", "gradcheck --w0 0"], samples.Select(m => m.Groups["command"].Value));
        foreach (var sample in samples)
        {
            var command = sample.Groups["command"].Value;
            var shown = sample.Groups["output"].Value.Split('\n').Select(l => l.Length >= 4 ? l[4..].TrimEnd() : l.TrimEnd())
                .Where(l => l.Length > 0 && l != "…").ToList();
            var output = Run(command, readme, sample.Index).Output.Split('\n').Select(l => l.TrimEnd()).ToList();
            var at = 0;
            foreach (var line in shown)
            {
                var found = output.FindIndex(at, l => l == line);
                Assert.True(found >= 0, $"`skipnet {command}`: the README shows \"{line}\", which is not in the output (after line {at}):\n{string.Join("\n", output)}");
                at = found + 1;
            }
        }
    }

    private static CliRun Run(string command, string readme, int sampleAt)
    {
        var args = command.Split(' ');
        if (args is ["check", "mine.md"])
        {
            var markdown = MarkdownBlock().Matches(readme[..sampleAt]).Last().Groups["text"].Value;
            return CliRun.CheckFile(markdown, ".md");
        }

        return CliRun.Of(args);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SkipNet.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no SkipNet.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^    \$ skipnet (?<command>[^\n]+)\n(?<output>(?:    [^\n]*\n)+)", RegexOptions.Multiline)]
    private static partial Regex Sample();

    [GeneratedRegex(@"```markdown\n(?<text>.*?)```", RegexOptions.Singleline)]
    private static partial Regex MarkdownBlock();
}
