using Superpower.Model;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// Decides, left to right, whether each plain <c>|</c> opens or closes an absolute value: it closes when an operand
/// precedes it and the innermost open group is a bar; otherwise it opens. Linear, so no backtracking over bars.
/// </summary>
internal static class AbsoluteBars
{
    public static Token<LatexToken>[] Pair(Token<LatexToken>[] tokens)
    {
        var paired = new Token<LatexToken>[tokens.Length];
        var open = new Stack<LatexToken>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var kind = tokens[i].Kind;
            if (kind == LatexToken.Bar)
            {
                var closes = i > 0 && EndsOperand(paired[i - 1].Kind) && open.TryPeek(out var innermost) && innermost == LatexToken.AbsOpen;
                kind = closes ? LatexToken.AbsClose : LatexToken.AbsOpen;
            }

            if (LatexGroups.Opens(kind))
            {
                open.Push(kind);
            }
            else if (LatexGroups.Closes(kind))
            {
                open.TryPop(out _);
            }

            paired[i] = new Token<LatexToken>(kind, tokens[i].Span);
        }

        return paired;
    }

    // What can end an operand: a bar after one of these is a closing bar.
    private static bool EndsOperand(LatexToken kind) => kind is LatexToken.Number or LatexToken.Letter or LatexToken.Prime
        or LatexToken.RightBrace or LatexToken.RightParen or LatexToken.RightBracket or LatexToken.RightCurly
        or LatexToken.RightDelimiter or LatexToken.AbsClose or LatexToken.EndEnvironment or LatexToken.Command
        or LatexToken.Indicator or LatexToken.TextGroup;
}
