namespace SkipNet.Checker.Formulas.Latex;

/// <summary>LaTeX math that cannot be read; <see cref="Column"/> points at the offending character.</summary>
public sealed class LatexSyntaxException : Exception
{
    public LatexSyntaxException(string message, int column)
        : base(message)
    {
        Column = column;
    }

    /// <summary>1-based index into the math text (its length + 1 for its end).</summary>
    public int Column { get; }
}
