namespace SkipNet.Checker.Formulas;

/// <summary>A formula text that is not a valid formula; <see cref="Column"/> points at the offending character.</summary>
public sealed class FormulaSyntaxException : Exception
{
    public FormulaSyntaxException(string message, int column)
        : base(message)
    {
        Column = column;
    }

    /// <summary>1-based index of the offending character in the formula text (length + 1 for its end).</summary>
    public int Column { get; }
}
