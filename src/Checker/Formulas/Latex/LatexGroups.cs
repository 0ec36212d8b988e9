using Superpower.Model;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>Which tokens open and close groups, and where each group closes.</summary>
internal static class LatexGroups
{
    public static bool Opens(LatexToken kind) => kind is LatexToken.LeftBrace or LatexToken.LeftParen or LatexToken.LeftBracket
        or LatexToken.LeftCurly or LatexToken.LeftDelimiter or LatexToken.AbsOpen or LatexToken.BeginEnvironment;

    public static bool Closes(LatexToken kind) => kind is LatexToken.RightBrace or LatexToken.RightParen or LatexToken.RightBracket
        or LatexToken.RightCurly or LatexToken.RightDelimiter or LatexToken.AbsClose or LatexToken.EndEnvironment;

    /// <summary>For each opener, the index of the closer that ends its group (any kind), or -1 when none does.</summary>
    public static int[] Partners(IReadOnlyList<Token<LatexToken>> tokens)
    {
        var partner = new int[tokens.Count];
        Array.Fill(partner, -1);
        var open = new Stack<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Opens(tokens[i].Kind))
            {
                open.Push(i);
            }
            else if (Closes(tokens[i].Kind) && open.TryPop(out var opener))
            {
                partner[opener] = i;
            }
        }

        return partner;
    }
}
