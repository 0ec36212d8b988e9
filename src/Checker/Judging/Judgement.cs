using SkipNet.Checker.Reading;
using SkipNet.Reference;

namespace SkipNet.Checker.Judging;

/// <summary>right; wrong (a new mistake); carried (wrong only because it follows from an earlier wrong claim).</summary>
public enum Verdict
{
    Right,
    Wrong,
    Carried,
}

/// <summary>The judgement of one claimed value.</summary>
public sealed record ValueJudgement(string Name, string Claimed, double Correct, Verdict Verdict, string? Diagnosis, SourcePlace Place);

/// <summary>
/// The judgement of one claimed formula: where it is wrong, the smallest counterexample found, the formula's value
/// there and the truth (for a kink, the range every convention allows).
/// </summary>
public sealed record FormulaJudgement(
    string Name,
    string Formula,
    Verdict Verdict,
    Sample? CounterexampleSample,
    Parameters? CounterexampleWeights,
    double? ClaimedAt,
    double? CorrectAt,
    string? Diagnosis,
    SourcePlace Place);

/// <summary>Everything <c>skipnet check</c> says of a derivation.</summary>
public sealed record CheckReport(string Source, IReadOnlyList<ValueJudgement> Values, IReadOnlyList<FormulaJudgement> Formulas)
{
    public int Right => Count(Verdict.Right);

    public int Wrong => Count(Verdict.Wrong);

    public int Carried => Count(Verdict.Carried);

    /// <summary>Usable when every claim is right, MistakesFound when there are mistakes.</summary>
    public ExitCode ExitCode => Wrong + Carried == 0 ? ExitCode.Usable : ExitCode.MistakesFound;

    private int Count(Verdict verdict) =>
        Values.Count(v => v.Verdict == verdict) + Formulas.Count(f => f.Verdict == verdict);
}
