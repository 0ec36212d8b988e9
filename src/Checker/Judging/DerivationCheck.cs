using SkipNet.Checker.Reading;
namespace SkipNet.Checker.Judging;

/// <summary>Checks a derivation: its values, then each of its formulas as a property.</summary>
public static class DerivationCheck
{
    public static CheckReport Run(Submission submission, int cases, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new CheckReport(
            submission.Source,
            ValueJudge.Judge(submission),
            submission.Formulas.Select(f => FormulaJudge.Judge(f, cases, seed, submission.Given.Variant)).ToArray());
    }
}
