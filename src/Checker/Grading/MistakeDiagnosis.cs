using SkipNet.Checker.Judging;

namespace SkipNet.Checker.Grading;

/// <summary>
/// The diagnoses a report gives its wrong values and formulas (<see cref="Diagnoses"/>, <see cref="FormulaDiagnoses"/>),
/// each cut to its kind, so that files share it: "sign flipped: the formula is …" → "sign flipped", "a wrong condition:
/// wrong only for 0 &lt; z0 ≤ 1" → "a wrong condition", "undefined for z0 ≤ 0" → "undefined".
/// </summary>
public static class MistakeDiagnosis
{
    /// <summary>The distinct kinds among the report's wrong values and formulas, in report order.</summary>
    public static IReadOnlyList<string> Of(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return
        [
            .. report.Values.Where(v => v.Verdict == Verdict.Wrong).Select(v => v.Diagnosis)
                .Concat(report.Formulas.Where(f => f.Verdict == Verdict.Wrong).Select(f => f.Diagnosis))
                .OfType<string>()
                .Select(Kind)
                .Distinct(),
        ];
    }

    /// <summary>A diagnosis without the part that names the point or interval.</summary>
    public static string Kind(string diagnosis)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        return diagnosis switch
        {
            _ when diagnosis.StartsWith(Diagnoses.SignFlipped, StringComparison.Ordinal) => Diagnoses.SignFlipped,
            _ when diagnosis.StartsWith("a wrong condition", StringComparison.Ordinal) => "a wrong condition",
            _ when diagnosis.StartsWith("undefined", StringComparison.Ordinal) => "undefined",
            _ => diagnosis,
        };
    }
}
