using SkipNet.Checker.Reading;
using SkipNet.Checker.Truth;
namespace SkipNet.Checker.Judging;

/// <summary>
/// Judges claimed values in working order. A claim written to k decimals stands for the interval ±½·10⁻ᵏ around it:
/// <list type="bullet">
/// <item>right when that interval meets the truth (some convention's, at a kink);</item>
/// <item>right "from rounded inputs" when it meets its own step evaluated, in interval arithmetic, on the
/// derivation's right claims as their intervals, PyTorch's truth in place of the others (the rounding a careful
/// student carries on);</item>
/// <item>carried when it meets its own step on the derivation's own claims (masks and signs read from its own or
/// the true forward values) and a claim that step used is not right;</item>
/// <item>else wrong, with a diagnosis where a classic mistake explains it.</item>
/// </list>
/// </summary>
public static class ValueJudge
{
    public const string FromRoundedInputs = "from rounded inputs";

    public static IReadOnlyList<ValueJudgement> Judge(Submission submission) => JudgeWithWorkings(submission).Judgements;

    /// <summary>The judgements, and the derivation's workings as they stand once every claim is judged.</summary>
    public static (IReadOnlyList<ValueJudgement> Judgements, Workings Workings) JudgeWithWorkings(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var given = submission.Given;
        var truth = TrueValues.At(given);
        var claimed = submission.Values.ToDictionary(c => c.Name);
        var tolerances = claimed.Values.ToDictionary(c => c.Name, c => WrittenPrecision.Tolerance(c.Text, truth[c.Name].Value));
        var written = claimed.Values.ToDictionary(c => c.Name, c => Interval.Around(c.Value, tolerances[c.Name]));
        var verdicts = new Dictionary<string, Verdict>(StringComparer.Ordinal);

        Interval? Claim(string name) => written.TryGetValue(name, out var interval) ? interval : null;
        Interval? RightClaim(string name) =>
            written.TryGetValue(name, out var interval) ? verdicts[name] == Verdict.Right ? interval : Interval.Point(truth[name].Value) : null;
        Interval TrueBranch(string name) => truth[name].Range;
        double ClaimedOrTrue(string name) => claimed.TryGetValue(name, out var c) ? c.Value : truth[name].Value;

        var fromRight = new OwnWork(given, RightClaim, trueBranch: null);
        var own = new[] { new OwnWork(given, Claim, trueBranch: null), new OwnWork(given, Claim, TrueBranch) };

        var judgements = new List<ValueJudgement>();
        foreach (var name in Quantities.Claimable.Where(claimed.ContainsKey))
        {
            var (claim, interval) = (claimed[name], written[name]);
            var (verdict, diagnosis) = Judge(name);
            verdicts[name] = verdict;
            judgements.Add(new ValueJudgement(name, claim.Text, truth[name].Value, verdict, diagnosis, claim.Place));

            (Verdict, string?) Judge(string name)
            {
                if (truth[name].Admits(claim.Value, tolerances[name]))
                {
                    return (Verdict.Right, null);
                }

                if (fromRight.Step(name).Value.Meets(interval))
                {
                    return (Verdict.Right, FromRoundedInputs);
                }

                foreach (var work in own)
                {
                    var (value, from) = work.Step(name);
                    var wrongInputs = Quantities.Claimable.Where(n => from.Contains(n) && verdicts[n] != Verdict.Right).ToList();
                    if (wrongInputs.Count > 0 && value.Meets(interval))
                    {
                        return (Verdict.Carried, $"carried from {string.Join(", ", wrongInputs)}");
                    }
                }

                return (Verdict.Wrong, Diagnoses.Explain(name, claim.Value, tolerances[name], given, ClaimedOrTrue));
            }
        }

        return (judgements, new Workings(truth, fromRight, own[0], name => !verdicts.TryGetValue(name, out var v) || v == Verdict.Right));
    }
}
