using Superpower.Model;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// Cuts a span's tokens into chains of sides at its top level (outside every group): relations join sides;
/// <c>\quad</c>, <c>,</c>, <c>\\</c>, arrows and prose end a chain unless a relation follows; <c>&amp;</c> is layout.
/// </summary>
internal static class LatexChainSplitter
{
    /// <summary>A side's tokens; an empty side marks a missing operand at <paramref name="Column"/>.</summary>
    public sealed record SideDraft(Token<LatexToken>[] Tokens, int Column);

    public sealed record ChainDraft(IReadOnlyList<SideDraft> Sides, IReadOnlyList<LatexRelation> Relations, bool Continues, string? Lead);

    public static IReadOnlyList<ChainDraft> Split(Token<LatexToken>[] tokens)
    {
        var chains = new List<ChainDraft>();
        var sides = new List<SideDraft>();
        var relations = new List<LatexRelation>();
        var side = new List<Token<LatexToken>>();
        var (continues, broken, depth, afterRelation) = (false, false, 0, 1);
        string? lead = null;
        string? pendingLead = null;

        void EndSide()
        {
            if (side.Count > 0)
            {
                sides.Add(new SideDraft([.. side], side[0].Position.Absolute + 1));
                side.Clear();
            }
        }

        void EndChain()
        {
            EndSide();
            // A relation with nothing after it: "a =".
            if (relations.Count > 0 && sides.Count < ExpectedSides(relations, continues))
            {
                sides.Add(new SideDraft([], afterRelation));
            }

            if (sides.Count > 0)
            {
                chains.Add(new ChainDraft([.. sides], [.. relations], continues, lead));
            }

            sides.Clear();
            relations.Clear();
            (continues, lead) = (false, null);
        }

        for (var i = SkipEnumerator(tokens); i < tokens.Length; i++)
        {
            var token = tokens[i];
            var column = token.Position.Absolute + 1;
            // After a relation an operand is due: a space, row break or arrow before it ends nothing ("a = \quad b").
            var operandDue = relations.Count > 0 && side.Count == 0 && sides.Count < ExpectedSides(relations, continues);
            if (operandDue && depth == 0 && IsTopLevelMark(token) && token.Kind is not LatexToken.Relation and not LatexToken.TextGroup)
            {
                continue;
            }

            if (depth > 0 || !IsTopLevelMark(token))
            {
                if (broken && depth == 0)
                {
                    EndChain();
                    (lead, pendingLead, broken) = (pendingLead, null, false);
                }

                side.Add(token);
                depth += LatexGroups.Opens(token.Kind) ? 1 : LatexGroups.Closes(token.Kind) && depth > 0 ? -1 : 0;
                continue;
            }

            switch (token.Kind)
            {
                case LatexToken.Relation:
                    EndSide();
                    if (sides.Count == 0 && relations.Count == 0)
                    {
                        // Nothing before it: the span carries on from the previous span's chain, as in "= -0.25".
                        continues = true;
                    }
                    else if (sides.Count < ExpectedSides(relations, continues))
                    {
                        sides.Add(new SideDraft([], column));
                    }

                    relations.Add(LatexCommands.Relations[token.ToStringValue()]);
                    (broken, pendingLead, afterRelation) = (false, null, column + token.Span.Length);
                    break;
                case LatexToken.Ampersand:
                    break;
                case LatexToken.TextGroup when LatexText.ParenthesisBalance(token) > 0:
                    // An aside such as \text{(the }|r| > \delta\text{ piece)}: skipped whole, it interrupts nothing.
                    EndSide();
                    i = AsideEnd(tokens, i);
                    broken = true;
                    break;
                case LatexToken.TextGroup:
                    EndSide();
                    broken = true;
                    pendingLead = LatexText.Content(token).Trim() is { Length: > 0 } words ? words : pendingLead;
                    break;
                default:
                    EndSide();
                    broken = true;
                    break;
            }
        }

        EndChain();
        return chains;
    }

    // A complete chain has a side after every relation, and one before the first unless it continues another chain.
    private static int ExpectedSides(List<LatexRelation> relations, bool continues) => relations.Count + (continues ? 0 : 1);

    // Relations, breaks and layout at the top level; everything else is part of a side.
    private static bool IsTopLevelMark(Token<LatexToken> token) =>
        token.Kind is LatexToken.Relation or LatexToken.Separator or LatexToken.Arrow or LatexToken.Comma or LatexToken.RowBreak
            or LatexToken.Punctuation or LatexToken.Ampersand
        || LatexText.IsProse(token);

    // A leading enumerator such as "3)" or "3.".
    private static int SkipEnumerator(Token<LatexToken>[] tokens) =>
        tokens.Length > 2 && tokens[0].Kind == LatexToken.Number
        && (tokens[1].Kind == LatexToken.RightParen || tokens[1].ToStringValue() == ".") ? 2 : 0;

    // The index of the prose token that closes the aside opened at start, or the last token.
    private static int AsideEnd(Token<LatexToken>[] tokens, int start)
    {
        var balance = LatexText.ParenthesisBalance(tokens[start]);
        for (var i = start + 1; i < tokens.Length; i++)
        {
            if (LatexText.IsProse(tokens[i]))
            {
                balance += LatexText.ParenthesisBalance(tokens[i]);
                if (balance <= 0)
                {
                    return i;
                }
            }
        }

        return tokens.Length - 1;
    }
}
