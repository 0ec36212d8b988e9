using SkipNet.Checker.Reading;
using SkipNet.Checker.Reading.Documents;
using SkipNet.Points;

namespace SkipNet.Checker.Judging;

/// <summary>
/// A claim's verdict: right; wrong (a new mistake); carried (wrong only because it follows from an earlier wrong
/// claim); unjudged (a written step whose side could not be read or names no quantity; values and formulas are always
/// judged).
/// </summary>
public enum Verdict
{
    Right,
    Wrong,
    Carried,
    Unjudged,
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

/// <summary>
/// Everything <c>skipnet check</c> says of a derivation; a Markdown or LaTeX one adds its written steps, the
/// assumptions made in reading it, the math left unread, and where its given came from.
/// </summary>
public sealed record CheckReport(string Source, IReadOnlyList<ValueJudgement> Values, IReadOnlyList<FormulaJudgement> Formulas)
{
    public IReadOnlyList<StepJudgement> Steps { get; init; } = [];

    public IReadOnlyList<Assumption> Assumptions { get; init; } = [];

    public IReadOnlyList<UnreadMath> Unread { get; init; } = [];

    /// <summary>Where the given came from, for a document; null for YAML, which must give it.</summary>
    public string? GivenFrom { get; init; }

    public int Right => Count(Verdict.Right) + Steps.Count(s => s.Verdict == Verdict.Right);

    public int Wrong => Count(Verdict.Wrong) + Steps.Count(s => s.Verdict == Verdict.Wrong);

    public int Carried => Count(Verdict.Carried) + Steps.Count(s => s.Verdict == Verdict.Carried);

    public int Unjudged => Steps.Count(s => s.Verdict == Verdict.Unjudged);

    /// <summary>Usable when every claim is right, MistakesFound when there are mistakes.</summary>
    public ExitCode ExitCode => Wrong + Carried == 0 ? ExitCode.Usable : ExitCode.MistakesFound;

    private int Count(Verdict verdict) =>
        Values.Count(v => v.Verdict == verdict) + Formulas.Count(f => f.Verdict == verdict);
}
