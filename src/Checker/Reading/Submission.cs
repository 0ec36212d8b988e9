using SkipNet.Checker.Formulas;

namespace SkipNet.Checker.Reading;

/// <summary>A value a derivation claims, as written (the text decides its precision).</summary>
public sealed record ValueClaim(string Name, string Text, double Value, SourcePlace Place);

/// <summary>A formula a derivation claims for a gradient, parsed.</summary>
public sealed record FormulaClaim(string Name, string Text, Expr Formula, SourcePlace Place);

/// <summary>A derivation to check: the point it is worked at, its own names, its values and its formulas.</summary>
public sealed record Submission(
    string Source,
    Given Given,
    IReadOnlyDictionary<string, string> Aliases,
    IReadOnlyList<ValueClaim> Values,
    IReadOnlyList<FormulaClaim> Formulas);
