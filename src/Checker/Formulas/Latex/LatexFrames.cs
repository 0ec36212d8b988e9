using Superpower.Model;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// Removes frames: a top-level <c>|…|</c>, <c>\boxed{…}</c>, <c>{…}</c> or align-like environment that encloses a
/// relation marks claims (<c>\left| \frac{dL}{dw_2} = -0.25 \right|</c>) rather than a value, so its content is read
/// as if it stood alone.
/// </summary>
internal static class LatexFrames
{
    public static Token<LatexToken>[] Unwrap(Token<LatexToken>[] tokens)
    {
        var partners = LatexGroups.Partners(tokens);
        var output = new List<Token<LatexToken>>(tokens.Length);
        Copy(tokens, partners, 0, tokens.Length, output);
        return [.. output];
    }

    // Copies tokens[from..to) to output, unwrapping frames at this level; nested groups that are not frames are copied whole.
    private static void Copy(Token<LatexToken>[] tokens, int[] partners, int from, int to, List<Token<LatexToken>> output)
    {
        var i = from;
        while (i < to)
        {
            var opener = FrameOpener(tokens, i, output.Count > 0 ? output[^1].Kind : null);
            if (opener >= 0 && partners[opener] is var close and >= 0 && close < to && HoldsClaim(tokens, partners, opener + 1, close))
            {
                Copy(tokens, partners, opener + 1, close, output);
                i = close + 1;
                continue;
            }

            var end = LatexGroups.Opens(tokens[i].Kind) && partners[i] >= 0 && partners[i] < to ? partners[i] : i;
            output.AddRange(tokens[i..(end + 1)]);
            i = end + 1;
        }
    }

    // The index of the group opener of a frame starting at i, or -1.
    private static int FrameOpener(Token<LatexToken>[] tokens, int i, LatexToken? previous)
    {
        var token = tokens[i];
        return token.Kind switch
        {
            LatexToken.AbsOpen => i,
            LatexToken.BeginEnvironment when LatexCommands.AlignEnvironments.Contains(LatexText.Content(token)) => i,
            LatexToken.LeftBrace when previous is null or LatexToken.Relation or LatexToken.Separator or LatexToken.Arrow
                or LatexToken.Comma or LatexToken.Ampersand or LatexToken.RowBreak or LatexToken.Punctuation => i,
            LatexToken.Command when LatexCommands.Wrappers.Contains(token.ToStringValue())
                && i + 1 < tokens.Length && tokens[i + 1].Kind == LatexToken.LeftBrace => i + 1,
            _ => -1,
        };
    }

    // A relation, row break or wide space at the group's own level.
    private static bool HoldsClaim(Token<LatexToken>[] tokens, int[] partners, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind is LatexToken.Relation or LatexToken.RowBreak or LatexToken.Separator)
            {
                return true;
            }

            if (LatexGroups.Opens(tokens[i].Kind) && partners[i] >= 0)
            {
                i = partners[i];
            }
        }

        return false;
    }
}
