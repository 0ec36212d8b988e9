using SkipNet.Checker.Reading;
using SkipNet.Checker.Reading.Documents;

namespace SkipNet.Checker.Judging;

/// <summary>Checks a derivation: its values, then each of its formulas as a property, then (a document's) every written step.</summary>
public static class DerivationCheck
{
    /// <summary>A YAML or JSON submission; <paramref name="memo"/>, where given, shares formula verdicts across files.</summary>
    public static CheckReport Run(Submission submission, int cases, ulong seed, FormulaMemo? memo = null)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new CheckReport(
            submission.Source,
            ValueJudge.Judge(submission),
            Formulas(submission, cases, seed, memo));
    }

    /// <summary>A Markdown or LaTeX document; <paramref name="memo"/>, where given, shares formula verdicts across files.</summary>
    public static CheckReport Run(Document document, int cases, ulong seed, FormulaMemo? memo = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var submission = document.Submission;
        var (values, workings) = ValueJudge.JudgeWithWorkings(submission);
        return new CheckReport(submission.Source, values, Formulas(submission, cases, seed, memo))
        {
            Steps = [.. document.Steps.Select(step => StepJudge.Judge(step, submission.Given, workings))],
            Assumptions = document.Assumptions,
            Unread = document.Unread,
            GivenFrom = document.GivenFrom,
        };
    }

    // A formula written twice for the same quantity is judged once; both keep their lines in the report.
    private static FormulaJudgement[] Formulas(Submission submission, int cases, ulong seed, FormulaMemo? memo)
    {
        var judged = new Dictionary<(string, string), FormulaJudgement>();
        return [.. submission.Formulas.Select(f =>
        {
            var key = (f.Name, f.Formula.ToString());
            if (!judged.TryGetValue(key, out var judgement))
            {
                judgement = memo is null ? FormulaJudge.Judge(f, cases, seed, submission.Given.Variant) : memo.Judge(f, cases, seed, submission.Given.Variant);
                judged[key] = judgement;
            }

            return judgement with { Claim = f };
        })];
    }
}
