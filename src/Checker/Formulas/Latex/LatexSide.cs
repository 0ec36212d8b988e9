namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// One side of a chain: the text at <see cref="Column"/> (1-based) of <see cref="Length"/> characters, read as
/// <see cref="Expr"/>, or left <see cref="Unread"/> with the reason. Exactly one of the two is set.
/// </summary>
public sealed record LatexSide(int Column, int Length, Expr? Expr, LatexUnread? Unread)
{
    public bool IsRead => Expr is not null;
}
