using SkipNet.Checker.Judging;

namespace SkipNet.Checker.Grading;

/// <summary>
/// A wrong item as <c>skipnet grade</c> names it: a value by its name (<c>loss</c>, <c>updated.w1</c>), a formula as
/// <c>formula:NAME</c>, a written step by its line, <c>step:LINE</c>; with the line it is on.
/// </summary>
public sealed record WrongItem(string Name, int Line)
{
    /// <summary>The report's wrong items, values then formulas then steps, each name once (its first line).</summary>
    public static IReadOnlyList<WrongItem> Of(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            .. report.Values.Where(v => v.Verdict == Verdict.Wrong).Select(v => new WrongItem(v.Name, v.Place.Line))
                .Concat(report.Formulas.Where(f => f.Verdict == Verdict.Wrong).Select(f => new WrongItem("formula:" + f.Claim.Name, f.Claim.Place.Line)))
                .Concat(report.Steps.Where(s => s.Verdict == Verdict.Wrong).Select(s => new WrongItem($"step:{s.Step.Line}", s.Step.Line)))
                .DistinctBy(w => w.Name),
        ];
    }
}
