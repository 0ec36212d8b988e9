using BenchmarkDotNet.Attributes;
using SkipNet.Checker;
using SkipNet.Checker.Grading;
using SkipNet.Checker.Judging;

namespace SkipNet.Bench;

/// <summary>
/// <c>skipnet grade</c> on a class of 100 submissions (50 copies each of the worked example's Markdown and YAML, 26 and
/// 2 formulas, some wrong), at the default 1,000 cases per formula, on every core: with the run's formula memo and
/// without it (every file judging its own formulas).
/// </summary>
[MemoryDiagnoser]
public class GradeClass
{
    private const int Files = 100;

    private string directory = "";

    private IReadOnlyList<string> paths = [];

    [Params(false, true)]
    public bool Memo { get; set; }

    [GlobalSetup]
    public void WriteClass()
    {
        directory = Directory.CreateTempSubdirectory("skipnet-bench-class-").FullName;
        var (markdown, yaml) = (WorkedExample.Markdown(), WorkedExample.Yaml());
        for (var i = 0; i < Files / 2; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"student-{i:D3}.md"), markdown);
            File.WriteAllText(Path.Combine(directory, $"student-{i:D3}.yaml"), yaml);
        }

        paths = SubmissionFiles.Find([directory]);
    }

    [GlobalCleanup]
    public void DeleteClass() => Directory.Delete(directory, recursive: true);

    [Benchmark]
    public int GradeAll() =>
        ClassGrader.Grade(paths, new GradeSettings(1000, 1, null), Environment.ProcessorCount, Memo ? new FormulaMemo() : null).Count(f => f.Exit == ExitCode.MistakesFound);
}
