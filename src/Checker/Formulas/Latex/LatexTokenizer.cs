using Superpower;
using Superpower.Model;
using Superpower.Parsers;
using Superpower.Tokenizers;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// Splits LaTeX math into tokens. Recognizers are tried in order, so longer spellings come first; any character
/// no recognizer knows becomes an <see cref="LatexToken.Other"/> token, so tokenizing never fails.
/// </summary>
internal static class LatexTokenizer
{
    private static readonly TextParser<char> AsciiLetter = Character.Matching(char.IsAsciiLetter, "letter");

    private static readonly TextParser<char[]> Spaces = Character.WhiteSpace.Many();

    // \name: a backslash and letters, maximal munch, so \leq is never \le followed by q.
    private static readonly TextParser<TextSpan> CommandName =
        Span.MatchedBy(Character.EqualTo('\\').IgnoreThen(AsciiLetter.AtLeastOnce()));

    private static readonly TextParser<TextSpan> Word = Span.MatchedBy(AsciiLetter.AtLeastOnce());

    // \text{…} and kin; the content holds no braces (a nested brace leaves \text a plain command, read as unknown).
    private static readonly TextParser<TextSpan> TextGroup = Span.MatchedBy(
        CommandName.Where(name => LatexCommands.TextCommands.Contains(name.ToStringValue()))
            .IgnoreThen(Spaces)
            .IgnoreThen(Character.EqualTo('{'))
            .IgnoreThen(Character.ExceptIn('{', '}').Many())
            .IgnoreThen(Character.EqualTo('}')));

    // \mathbb{1}, \mathbb 1, \mathbf{1}, \mathds{1}, \mathbbm{1}, 𝟙.
    private static readonly TextParser<TextSpan> Indicator = Span.Regex(@"\G(?:\\(mathbb|mathbf|mathds|mathbbm)\s*(\{\s*1\s*\}|1)|𝟙)");

    private static readonly TextParser<TextSpan> EnvironmentName =
        Spaces.IgnoreThen(Character.EqualTo('{')).IgnoreThen(Span.MatchedBy(Character.Matching(c => char.IsAsciiLetter(c) || c == '*', "name").AtLeastOnce()))
            .Then(name => Character.EqualTo('}').Value(name));

    private static readonly TextParser<TextSpan> Begin = Span.MatchedBy(Span.EqualTo(@"\begin").IgnoreThen(EnvironmentName));

    private static readonly TextParser<TextSpan> End = Span.MatchedBy(Span.EqualTo(@"\end").IgnoreThen(EnvironmentName));

    private static TextParser<TextSpan> Delimited(string command, params string[] delimiters) => Span.MatchedBy(
        Span.EqualTo(command).IgnoreThen(Spaces).IgnoreThen(delimiters.Select(Span.EqualTo).Aggregate((a, b) => a.Try().Or(b))));

    // \left| and \lvert open an absolute value (or a frame), \right| and \rvert close one.
    private static readonly TextParser<TextSpan> LeftBar = Delimited(@"\left", "|", @"\vert", @"\lvert").Try().Or(Span.EqualTo(@"\lvert"));

    private static readonly TextParser<TextSpan> RightBar = Delimited(@"\right", "|", @"\vert", @"\rvert").Try().Or(Span.EqualTo(@"\rvert"));

    private static readonly TextParser<TextSpan> LeftDelimiter = Delimited(@"\left", "(", "[", @"\{", ".", @"\lbrack", @"\langle");

    private static readonly TextParser<TextSpan> RightDelimiter = Delimited(@"\right", ")", "]", @"\}", ".", @"\rbrack", @"\rangle");

    // digits [(. | {,}) digits] | . digits, ASCII digits only; no exponent: in LaTeX 2e3 is 2·e·3. 0{,}5 has a decimal comma.
    private static readonly TextParser<TextSpan> Number = Span.Regex(@"\G(?:[0-9]+((\.|\{,\})[0-9]+)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"); // 8.84E-05 as a calculator writes it

    // Span.Regex searches from the current position, so each pattern is anchored there with \G.

    // Thin and medium spaces: \, \; \: \! \> \ (backslash space) and ~.
    private static readonly TextParser<TextSpan> SmallSpace = Span.Regex(@"\G(?:\\[,;:!> ]|~)");

    private static TextParser<TextSpan> Named(IReadOnlySet<string> names) => CommandName.Where(name => names.Contains(name.ToStringValue()));

    private static TextParser<TextSpan> Symbols(IEnumerable<string> spellings) =>
        spellings.Where(s => !s.StartsWith('\\')).OrderByDescending(s => s.Length).Select(Span.EqualTo).Aggregate((a, b) => a.Try().Or(b));

    public static Tokenizer<LatexToken> Instance { get; } = new TokenizerBuilder<LatexToken>()
        .Ignore(Span.WhiteSpace)
        .Ignore(SmallSpace)
        .Ignore(Named(LatexCommands.Ignored))
        .Match(Span.EqualTo(@"\\"), LatexToken.RowBreak)
        .Match(Span.EqualTo(@"\{"), LatexToken.LeftCurly)
        .Match(Span.EqualTo(@"\}"), LatexToken.RightCurly)
        .Match(Span.EqualTo(@"\|"), LatexToken.Other)
        .Match(TextGroup, LatexToken.TextGroup)
        .Match(Indicator, LatexToken.Indicator)
        .Match(Begin, LatexToken.BeginEnvironment)
        .Match(End, LatexToken.EndEnvironment)
        .Match(LeftBar, LatexToken.AbsOpen)
        .Match(RightBar, LatexToken.AbsClose)
        .Match(LeftDelimiter, LatexToken.LeftDelimiter)
        .Match(RightDelimiter, LatexToken.RightDelimiter)
        .Match(Span.EqualTo(@"\partial"), LatexToken.Partial)
        .Match(Named(LatexCommands.Relations.Keys.ToHashSet()), LatexToken.Relation)
        .Match(Named(LatexCommands.Separators), LatexToken.Separator)
        .Match(Named(LatexCommands.Arrows), LatexToken.Arrow)
        .Match(Named(LatexCommands.TimesSigns), LatexToken.Times)
        .Match(Span.EqualTo(@"\div"), LatexToken.Slash)
        .Match(Span.EqualTo(@"\vert").Try().Or(Span.EqualTo(@"\mid")), LatexToken.Bar)
        .Match(CommandName, LatexToken.Command)
        .Match(Word.Where(word => LatexFunctions.KeyOf(word.ToStringValue()) is not null && word.Length > 1), LatexToken.FunctionWord)
        .Match(Span.MatchedBy(AsciiLetter), LatexToken.Letter)
        .Match(Number, LatexToken.Number)
        .Match(Symbols(LatexCommands.Relations.Keys), LatexToken.Relation)
        .Match(Symbols(LatexCommands.Arrows), LatexToken.Arrow)
        .Match(Symbols(LatexCommands.TimesSigns), LatexToken.Times)
        .Match(Character.EqualTo('∂'), LatexToken.Partial)
        .Match(Character.In('/', '÷'), LatexToken.Slash)
        .Match(Character.EqualTo('+'), LatexToken.Plus)
        .Match(Character.In('-', '−'), LatexToken.Minus)
        .Match(Character.EqualTo('^'), LatexToken.Caret)
        .Match(Character.EqualTo('_'), LatexToken.Underscore)
        .Match(Character.In('\'', '′'), LatexToken.Prime)
        .Match(Character.EqualTo(','), LatexToken.Comma)
        .Match(Character.EqualTo('&'), LatexToken.Ampersand)
        .Match(Character.EqualTo('{'), LatexToken.LeftBrace)
        .Match(Character.EqualTo('}'), LatexToken.RightBrace)
        .Match(Character.EqualTo('('), LatexToken.LeftParen)
        .Match(Character.EqualTo(')'), LatexToken.RightParen)
        .Match(Character.EqualTo('['), LatexToken.LeftBracket)
        .Match(Character.EqualTo(']'), LatexToken.RightBracket)
        .Match(Character.EqualTo('|'), LatexToken.Bar)
        .Match(Character.In('.', ';', ':'), LatexToken.Punctuation)
        .Match(Character.AnyChar, LatexToken.Other)
        .Build();

    /// <summary>The tokens of <paramref name="text"/>; never fails.</summary>
    public static Token<LatexToken>[] Tokenize(string text)
    {
        var tokens = Instance.TryTokenize(text);
        return tokens.HasValue
            ? [.. tokens.Value]
            : throw new LatexSyntaxException("text cannot be split into tokens", tokens.ErrorPosition.Absolute + 1);
    }
}
