using SkipNet.Checker.Reading;
using SkipNet.Reference.Variants;

namespace SkipNet.Checker.Judging;

/// <summary>Judges a claimed gradient formula: its property run (<see cref="FormulaProperty"/>), then, where it fails, the diagnosis (<see cref="FormulaDiagnoses"/>).</summary>
public static class FormulaJudge
{
    public static FormulaJudgement Judge(FormulaClaim claim, int cases, ulong seed, Variant variant)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return FormulaProperty.Falsify(claim, cases, seed, variant) is { } counterexample
            ? new FormulaJudgement(claim, counterexample, FormulaDiagnoses.Of(claim, counterexample, seed, variant))
            : new FormulaJudgement(claim, null, null);
    }
}
