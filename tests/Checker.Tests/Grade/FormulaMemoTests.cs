using SkipNet.Checker.Cli;
using SkipNet.Checker.Judging;
using SkipNet.Checker.Reporting;

namespace SkipNet.Checker.Tests.Grade;

/// <summary>The formula memo shared across a run's files changes no verdict: every report is the one judged without it.</summary>
public sealed class FormulaMemoTests
{
    [Fact]
    public void Judge_WithAndWithoutMemo_SameReports()
    {
        // Every planted mistake alone, in both formats, then the worked example's own submission (conditions, an alias).
        var submissions = PlantedMistake.All.SelectMany((m, i) => new[] { ".md", ".yaml" }.Select(extension => new PlantedClass.Submission($"mistake-{i}{extension}", [m])))
            .Append(new PlantedClass.Submission("correct.md", []))
            .ToList();
        var directory = PlantedClass.Write(submissions);
        try
        {
            var memo = new FormulaMemo();
            string?[] paths = [.. submissions.Select(s => Path.Combine(directory, s.Name)), null];
            var fresh = paths.Select(path => CheckCommand.Judge(path, 1000, 1, null).Report).ToList();
            // Twice through the memo: the second pass hits it for every formula.
            foreach (var pass in new[] { 1, 2 })
            {
                foreach (var (path, report) in paths.Zip(fresh))
                {
                    var memoised = CheckCommand.Judge(path, 1000, 1, null, memo).Report;
                    Assert.Equal(CheckReportJson.Of(report), CheckReportJson.Of(memoised));
                    Assert.Equal(CheckReportHtml.Of(report, null), CheckReportHtml.Of(memoised, null));
                }
            }

            var distinct = fresh.SelectMany(r => r.Formulas.Select(f => (f.Claim.Name, f.Claim.Formula.ToString()))).ToHashSet();
            // One entry per quantity and printed formula, whichever file wrote it.
            Assert.Equal(distinct.Count, memo.Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Judge_SameFormulaOtherSeedOrCases_JudgedApart()
    {
        var memo = new FormulaMemo();
        var claim = CheckCommand.Judge(null, 50, 1, null).Report.Formulas[0].Claim;
        var variant = Reference.Variants.Variant.Exercise;
        memo.Judge(claim, 50, 1, variant);
        memo.Judge(claim, 50, 2, variant);
        memo.Judge(claim, 60, 1, variant);
        memo.Judge(claim, 50, 1, variant);
        Assert.Equal(3, memo.Count);
    }
}
