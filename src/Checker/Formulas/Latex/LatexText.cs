using Superpower.Model;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>The words inside text-like tokens.</summary>
internal static class LatexText
{
    /// <summary>What stands between the braces of <c>\text{…}</c> or <c>\begin{…}</c>, untrimmed.</summary>
    public static string Content(Token<LatexToken> token)
    {
        var text = token.ToStringValue();
        var open = text.IndexOf('{', StringComparison.Ordinal);
        var close = text.LastIndexOf('}');
        return open >= 0 && close > open ? text[(open + 1)..close] : "";
    }

    /// <summary>A text group that is a function name or the upright d of dL/dw, i.e. not prose.</summary>
    public static bool IsMath(Token<LatexToken> token) =>
        token.Kind == LatexToken.TextGroup && (LatexFunctions.KeyOf(Content(token)) is not null || Content(token).Trim() == "d");

    /// <summary>Prose: a text group that is not math.</summary>
    public static bool IsProse(Token<LatexToken> token) => token.Kind == LatexToken.TextGroup && !IsMath(token);

    /// <summary>Opening minus closing parentheses in prose, to find where an aside like "(the … piece)" ends.</summary>
    public static int ParenthesisBalance(Token<LatexToken> token) =>
        Content(token).Count(c => c == '(') - Content(token).Count(c => c == ')');
}
