using System.Globalization;
using System.Text.Json;
using SkipNet.Checker.Json;
using SkipNet.Checker.Judging;
using static SkipNet.Checker.Json.JsonNumber;

namespace SkipNet.Checker.Reporting;

/// <summary>
/// The report as JSON (<see cref="CheckReportDocument"/>): {"values":[{name, claimed, correct, verdict, diagnosis}],
/// "formulas":[{name, formula, verdict, counterexample:{x, y, w0, w1, w2, w3}, claimed_at, correct_at, diagnosis}],
/// "summary":{right, wrong, carried}}, with a document's lines, steps, assumptions and unread math besides.
/// </summary>
public static class CheckReportJson
{
    public static string Of(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var document = report.GivenFrom is not null;
        var json = new CheckReportDocument(
            report.GivenFrom,
            [.. report.Values.Select(v => Value(v, document))],
            [.. report.Formulas.Select(f => Formula(f, document))],
            document ? [.. report.Steps.Select(Step)] : null,
            document ? [.. report.Assumptions.Select(a => new AssumptionEntry(a.Line, a.Text))] : null,
            document ? [.. report.Unread.Select(u => new UnreadEntry(u.Line, u.Text, u.Reason))] : null,
            new CheckSummary(report.Right, report.Wrong, report.Carried, document ? report.Unjudged : null, document ? report.Unread.Count : null));
        return JsonSerializer.Serialize(json, JsonOutput.Default.CheckReportDocument);
    }

    private static StepEntry Step(StepJudgement s) =>
        new(s.Step.Line, s.Step.Text, s.Verdict, Finite(s.Correct), Undefined(s.Correct), s.Diagnosis);

    private static ValueEntry Value(ValueJudgement v, bool document)
    {
        // A claim that is not a plain number (a fraction, say) has no claimed number: NaN.
        var claimed = double.TryParse(v.Claimed, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : double.NaN;
        return new ValueEntry(
            v.Name, document ? v.Place.Line : null, Finite(claimed), Undefined(claimed), Finite(v.Correct), Undefined(v.Correct), v.Verdict, v.Diagnosis);
    }

    private static FormulaEntry Formula(FormulaJudgement f, bool document)
    {
        var c = f.Counterexample;
        return new FormulaEntry(
            f.Claim.Name, document ? f.Claim.Place.Line : null, f.Claim.Text, f.Verdict,
            c is null ? null : PointJson.Of(c.Point.Sample, c.Point.Parameters),
            Finite(c?.ClaimedAt), Undefined(c?.ClaimedAt), Finite(c?.CorrectAt), Undefined(c?.CorrectAt), f.Diagnosis);
    }
}
