using BenchmarkDotNet.Attributes;
using SkipNet.Checker;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reading.Documents;

namespace SkipNet.Bench;

/// <summary>
/// <c>skipnet check</c> on the worked example's Markdown submission (107 lines, 26 formulas) after start-up: reading the
/// document, judging every value, formula (a property at 1,000 generated points each) and step.
/// </summary>
[MemoryDiagnoser]
public class CheckDocument
{
    private readonly string markdown = WorkedExample.Markdown();

    [Benchmark]
    public int ReadAndJudge() =>
        DerivationCheck.Run(DocumentReader.Read(markdown, "worked-example.md", given: null), cases: 1000, seed: 1).Right;

    [Benchmark]
    public int ReadOnly() => DocumentReader.Read(markdown, "worked-example.md", given: null).Steps.Count;
}
