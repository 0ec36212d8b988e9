using Superpower.Model;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// Rejects math whose reading could recurse deeper than a limit, before any recursion starts, because a
/// StackOverflowException cannot be caught. The LaTeX counterpart of <see cref="NestingGuard"/>.
/// </summary>
internal static class LatexNesting
{
    /// <summary>
    /// Over-counts the nesting: each group adds a level, and so does every prefix sign and function name until the
    /// next infix operator or the enclosing group's end, which is where the reading of their operands ends.
    /// </summary>
    public static void Check(IReadOnlyList<Token<LatexToken>> tokens, int maxDepth)
    {
        var enclosing = new Stack<int>();
        var depth = 0;
        var prefixes = 0;
        LatexToken? previous = null;
        foreach (var token in tokens)
        {
            var kind = token.Kind;
            if (LatexGroups.Opens(kind))
            {
                enclosing.Push(prefixes);
                prefixes = 0;
                depth++;
            }
            else if (LatexGroups.Closes(kind) && enclosing.Count > 0)
            {
                depth -= prefixes + 1;
                prefixes = enclosing.Pop();
            }
            else if (IsPrefix(token, previous))
            {
                prefixes++;
                depth++;
            }
            else if (IsInfix(kind))
            {
                depth -= prefixes;
                prefixes = 0;
            }

            if (depth > maxDepth)
            {
                throw new LatexSyntaxException($"math is nested too deeply (more than {maxDepth} levels)", token.Position.Absolute + 1);
            }

            previous = kind;
        }
    }

    // Signs and functions applied without parentheses read their operand recursively; \frac, \hat, ^ and _ take a
    // group or a single token, so only the group nests.
    private static bool IsPrefix(Token<LatexToken> token, LatexToken? previous) => token.Kind switch
    {
        LatexToken.Plus or LatexToken.Minus => previous is null || !EndsOperand(previous.Value),
        LatexToken.FunctionWord => true,
        LatexToken.Command => LatexFunctions.KeyOf(token.ToStringValue()[1..]) is not null,
        LatexToken.TextGroup => LatexText.IsMath(token),
        _ => false,
    };

    private static bool IsInfix(LatexToken kind) => kind is LatexToken.Plus or LatexToken.Minus or LatexToken.Times
        or LatexToken.Slash or LatexToken.Relation or LatexToken.Comma or LatexToken.Ampersand or LatexToken.RowBreak
        or LatexToken.Separator or LatexToken.Arrow or LatexToken.Punctuation;

    private static bool EndsOperand(LatexToken kind) => kind is LatexToken.Number or LatexToken.Letter or LatexToken.Prime
        || LatexGroups.Closes(kind);
}
