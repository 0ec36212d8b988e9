using Superpower;
using Superpower.Model;

namespace SkipNet.Checker.Formulas;

/// <summary>Reads formula text into an <see cref="Expr"/>, or throws <see cref="FormulaSyntaxException"/>.</summary>
public static class FormulaParser
{
    /// <summary>Longest accepted formula, in UTF-16 characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>Deepest accepted nesting of parentheses, prefix signs, '?' and '^' (counted conservatively).</summary>
    public const int MaxDepth = 100;

    /// <summary>Parses <paramref name="text"/>; any text yields an expression or a <see cref="FormulaSyntaxException"/>.</summary>
    /// <param name="text">The formula.</param>
    /// <param name="resolveName">
    /// Receives each name as written (e.g. <c>w5</c>, <c>dL/dz2</c>) and returns its canonical name, or null if unknown.
    /// Function names followed by '(' are not passed to it.
    /// </param>
    public static Expr Parse(string text, Func<string, string?> resolveName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(resolveName);
        if (text.Length > MaxLength)
        {
            throw new FormulaSyntaxException($"formula is longer than {MaxLength} characters", MaxLength + 1);
        }

        NestingGuard.Check(text, MaxDepth);

        var tokens = FormulaTokenizer.Instance.TryTokenize(text);
        if (!tokens.HasValue)
        {
            var at = tokens.ErrorPosition.Absolute;
            throw new FormulaSyntaxException(at < text.Length ? $"unexpected {Describe(text[at])}" : "unexpected end of formula", at + 1);
        }

        if (tokens.Value.IsAtEnd)
        {
            throw new FormulaSyntaxException("formula is empty", 1);
        }

        var result = FormulaGrammar.Formula(resolveName, text.Length + 1).TryParse(tokens.Value);
        return result.HasValue ? result.Value : throw SyntaxError(result, text.Length + 1);
    }

    private static FormulaSyntaxException SyntaxError(TokenListParserResult<FormulaToken, Expr> result, int endColumn)
    {
        var (column, message) = SyntaxMessage.Of(result, endColumn, "formula");
        return new FormulaSyntaxException(message, column);
    }

    private static string Describe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || char.IsWhiteSpace(c) ? $"character U+{(int)c:X4}" : $"'{c}'";
}
