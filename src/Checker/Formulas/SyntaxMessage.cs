using Superpower.Model;

namespace SkipNet.Checker.Formulas;

/// <summary>
/// A syntax error's one line, for the formula language and LaTeX alike: what was found and, when unambiguous, what was
/// expected (Superpower's own messages span several clauses), each quoted short and on one line.
/// </summary>
public static class SyntaxMessage
{
    /// <summary>The column and message of a failed parse; <paramref name="text"/> names what ends ("formula", "the math").</summary>
    public static (int Column, string Message) Of<TToken>(TokenListParserResult<TToken, Expr> result, int endColumn, string text)
    {
        var atEnd = result.Location.IsAtEnd;
        var column = atEnd ? endColumn : result.Location.First().Position.Absolute + 1;
        var found = atEnd ? null : Quote(result.Location.First().ToStringValue());
        // A lone expectation rendered from a [Token(Example)] is a backtick-quoted closer such as `)` or `:`.
        var expected = result.Expectations is [['`', .. var symbol, '`']] ? Quote(symbol) : null;
        var message = (expected, found) switch
        {
            (null, null) => $"unexpected end of {text}",
            (null, _) => $"unexpected {found}",
            (_, null) => $"expected {expected}",
            _ => $"expected {expected} but found {found}",
        };
        return (column, message);
    }

    /// <summary>
    /// Text as a message quotes it: in quotes, cut at 20 characters, on one line (a line break or tab is the space TeX
    /// reads it as; any other control character its code point).
    /// </summary>
    public static string Quote(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shown = string.Concat((text.Length <= 20 ? text : text[..20])
            .Select(c => !char.IsControl(c) ? c.ToString() : char.IsWhiteSpace(c) ? " " : $"U+{(int)c:X4}"));
        return text.Length <= 20 ? $"'{shown}'" : $"'{shown}…'";
    }
}
