using SkipNet.Checker.Reading;
using SkipNet.Points;

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

/// <summary>Where a formula fails: the (shrunk) point, the formula's value there, and the truth (PyTorch's, at a kink).</summary>
public sealed record Counterexample(Point Point, double ClaimedAt, double CorrectAt);

/// <summary>The judgement of one claimed formula: right, or wrong with its counterexample and a diagnosis where one fits.</summary>
public sealed record FormulaJudgement(FormulaClaim Claim, Counterexample? Counterexample, string? Diagnosis)
{
    public Verdict Verdict => Counterexample is null ? Verdict.Right : Verdict.Wrong;
}

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
