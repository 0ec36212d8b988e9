using System.Text.RegularExpressions;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// A name of the formula language as the typeset notations read it, read once for both (<see cref="LatexPrinter"/>,
/// <c>Reporting/ExprMathMl</c>): a derivative ∂Of/∂By (dL/dw0), or a symbol with its primes, which each notation
/// spells in its own way.
/// </summary>
public abstract partial record TypesetName
{
    private TypesetName()
    {
    }

    /// <summary>dOf/dBy: ∂Of/∂By as a fraction.</summary>
    public sealed record Derivative(string Of, string By) : TypesetName;

    /// <summary>
    /// <see cref="Bare"/> without its primes (w0' and updated.w0 have one); <see cref="Indexed"/> a letter and its
    /// index (w0, w10), <see cref="HattedLetter"/> the letter under a hat (yhat), where the name is one.
    /// </summary>
    public sealed record Symbol(string Bare, int Primes) : TypesetName
    {
        public (string Letter, string Index)? Indexed =>
            IndexedPattern().Match(Bare) is { Success: true } m ? (m.Groups[1].Value, m.Groups[2].Value) : null;

        public string? HattedLetter => HattedPattern().Match(Bare) is { Success: true } m ? m.Groups[1].Value : null;
    }

    /// <summary>The name's reading.</summary>
    public static TypesetName Read(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (DerivativePattern().Match(name) is { Success: true } derivative)
        {
            return new Derivative(derivative.Groups[1].Value, derivative.Groups[2].Value);
        }

        var (bare, primes) = Quantities.Primed(name);
        return new Symbol(bare, primes);
    }

    [GeneratedRegex(@"^d(.+)/d(.+)$")]
    private static partial Regex DerivativePattern();

    [GeneratedRegex(@"^([A-Za-z])(\d+)$")]
    private static partial Regex IndexedPattern();

    [GeneratedRegex(@"^([A-Za-z])hat$")]
    private static partial Regex HattedPattern();
}
