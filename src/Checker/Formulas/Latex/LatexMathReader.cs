using Superpower;
using Superpower.Model;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// Reads the text of one LaTeX math span (what stood between <c>$…$</c>, <c>$$…$$</c>, <c>\[…\]</c>, or one row of
/// an align environment) into chains of sides. A side that cannot be read is returned unread with a reason; only
/// a span too long or too deeply nested throws, and only <see cref="LatexSyntaxException"/>.
/// </summary>
public static class LatexMathReader
{
    /// <summary>Longest accepted span, in UTF-16 characters.</summary>
    public const int MaxLength = 20_000;

    /// <summary>Deepest accepted nesting of groups, prefix signs and commands (counted conservatively).</summary>
    public const int MaxDepth = 100;

    /// <summary>The chains of <paramref name="math"/>, left to right.</summary>
    /// <param name="math">The math text, without its delimiters.</param>
    /// <param name="resolveName">
    /// Receives each name as written, in the formula language's spelling (<c>w5</c>, <c>yhat</c>, <c>loss</c>,
    /// <c>dL/dw0</c>, <c>dz2/dh1</c>, <c>w0'</c>, <c>alpha</c>) and returns its canonical name, or null if unknown.
    /// A canonical name that is a function's spelling (e.g. <c>relu</c> for <c>g_0</c>) makes <c>g_0(z_0)</c> a call.
    /// </param>
    public static IReadOnlyList<LatexChain> Read(string math, Func<string, string?> resolveName)
    {
        ArgumentNullException.ThrowIfNull(math);
        ArgumentNullException.ThrowIfNull(resolveName);
        if (math.Length > MaxLength)
        {
            throw new LatexSyntaxException($"math is longer than {MaxLength} characters", MaxLength + 1);
        }

        var tokens = AbsoluteBars.Pair(LatexTokenizer.Tokenize(math));
        LatexNesting.Check(tokens, MaxDepth);
        var grammar = LatexGrammar.Side(resolveName, math.Length + 1);
        return [.. LatexChainSplitter.Split(LatexFrames.Unwrap(tokens)).Select(chain => new LatexChain(
            [.. chain.Sides.Select(side => ReadSide(side, grammar))],
            chain.Relations,
            chain.Continues,
            chain.Lead))];
    }

    private static LatexSide ReadSide(LatexChainSplitter.SideDraft side, TokenListParser<LatexToken, Expr> grammar)
    {
        if (side.Tokens.Length == 0)
        {
            return new LatexSide(side.Column, 0, null, new LatexUnread(side.Column, "nothing stands on this side of the relation"));
        }

        var start = side.Tokens[0].Position.Absolute;
        var last = side.Tokens[^1];
        var length = last.Position.Absolute + last.Span.Length - start;
        try
        {
            var result = grammar.TryParse(new TokenList<LatexToken>(side.Tokens));
            return result.HasValue
                ? new LatexSide(start + 1, length, result.Value, null)
                : new LatexSide(start + 1, length, null, SyntaxError(result, start + length + 1));
        }
        catch (LatexSyntaxException error)
        {
            return new LatexSide(start + 1, length, null, new LatexUnread(error.Column, error.Message));
        }
    }

    private static LatexUnread SyntaxError(TokenListParserResult<LatexToken, Expr> result, int endColumn)
    {
        var (column, message) = SyntaxMessage.Of(result, endColumn, "the math");
        return new LatexUnread(column, message);
    }
}
