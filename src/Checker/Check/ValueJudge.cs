namespace SkipNet.Checker.Check;

/// <summary>
/// Judges claimed values in working order: right when some convention's truth matches the claim to its written
/// precision; carried when it is wrong but follows, by its own step, from earlier claims that were not right; else
/// wrong, with a diagnosis where a classic mistake explains it.
/// </summary>
public static class ValueJudge
{
    public static IReadOnlyList<ValueJudgement> Judge(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var truth = Truth.At(submission.Given);
        var claimed = submission.Values.ToDictionary(c => c.Name);
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);
        double ClaimedOrTrue(string name) => claimed.TryGetValue(name, out var c) ? c.Value : truth[name].Value;

        var judgements = new List<ValueJudgement>();
        foreach (var name in Quantities.Claimable.Where(claimed.ContainsKey))
        {
            var claim = claimed[name];
            var tolerance = WrittenPrecision.Tolerance(claim.Text, truth[name].Value);
            var (verdict, diagnosis) = truth[name].Admits(claim.Value, tolerance)
                ? (Verdict.Right, null)
                : IsCarried(name, claim.Value, tolerance)
                    ? (Verdict.Carried, "follows from an earlier wrong value")
                    : (Verdict.Wrong, Diagnoses.Explain(name, claim.Value, tolerance, submission.Given, ClaimedOrTrue));
            verdicts[name] = verdict;
            judgements.Add(new ValueJudgement(name, claim.Text, truth[name].Value, verdict, diagnosis, claim.Place));
        }

        return judgements;

        bool IsCarried(string name, double value, double tolerance)
        {
            var usedWrong = false;
            var own = OwnWork.Recompute(name, submission.Given, input =>
            {
                usedWrong |= verdicts.TryGetValue(input, out var v) && v != Verdict.Right;
                return ClaimedOrTrue(input);
            });
            return usedWrong && own is { } recomputed && Math.Abs(recomputed - value) <= tolerance;
        }
    }
}
