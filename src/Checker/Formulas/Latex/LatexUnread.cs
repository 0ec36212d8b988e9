namespace SkipNet.Checker.Formulas.Latex;

/// <summary>Why a side could not be read, and the 1-based column of the offending character.</summary>
public sealed record LatexUnread(int Column, string Reason);
