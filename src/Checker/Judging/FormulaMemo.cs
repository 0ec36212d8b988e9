using System.Collections.Concurrent;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>
/// Formula verdicts shared across the files of one run, keyed by everything a verdict depends on: the quantity, the
/// formula's canonical printed tree, the variant, the cases and the seed (a formula's property never reads the given
/// point). Thread-safe; passed explicitly, never global. A hit returns the same judgement a fresh run would give.
/// </summary>
public sealed class FormulaMemo
{
    private readonly ConcurrentDictionary<(string Name, string Formula, Variant Variant, int Cases, ulong Seed), Lazy<FormulaJudgement>> verdicts = new();

    /// <summary>How many distinct formulas have been judged.</summary>
    public int Count => verdicts.Count;

    /// <summary>The judgement of <paramref name="claim"/>, judged once per key; the claim (its text and line) is the caller's.</summary>
    public FormulaJudgement Judge(Reading.FormulaClaim claim, int cases, ulong seed, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var key = (claim.Name, claim.Formula.ToString(), variant, cases, seed);
        return verdicts.GetOrAdd(key, _ => new Lazy<FormulaJudgement>(() => FormulaJudge.Judge(claim, cases, seed, variant))).Value with { Claim = claim };
    }
}
