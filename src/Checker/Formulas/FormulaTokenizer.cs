using Superpower;
using Superpower.Model;
using Superpower.Parsers;
using Superpower.Tokenizers;

namespace SkipNet.Checker.Formulas;

/// <summary>Splits formula text into tokens; recognizers are tried in order, so longer spellings come first.</summary>
internal static class FormulaTokenizer
{
    private static readonly TextParser<char> Letter =
        Character.Matching(c => char.IsAsciiLetter(c) || c == '_', "letter");

    // ASCII only: char.IsDigit would admit other scripts' digits, which double.Parse rejects.
    private static readonly TextParser<char[]> Digits =
        Character.Matching(char.IsAsciiDigit, "digit").AtLeastOnce();

    private static readonly TextParser<TextSpan> Identifier =
        Span.MatchedBy(Letter.IgnoreThen(Character.Matching(c => char.IsAsciiLetterOrDigit(c) || c == '_', "letter or digit").Many()));

    private static readonly TextParser<TextSpan> GradientName =
        Span.MatchedBy(Span.EqualTo("dL/d").IgnoreThen(Identifier));

    private static readonly TextParser<Unit> Fraction = Character.EqualTo('.').IgnoreThen(Digits).Value(Unit.Value);

    private static readonly TextParser<Unit> Exponent =
        Character.In('e', 'E').IgnoreThen(Character.In('+', '-').OptionalOrDefault()).IgnoreThen(Digits).Value(Unit.Value);

    // digits [fraction] | fraction, then [exponent]; Try() leaves the '.' of "12." or the 'e' of "2e" to the next token.
    private static readonly TextParser<TextSpan> Number = Span.MatchedBy(
        Digits.IgnoreThen(Fraction.Try().OptionalOrDefault()).Or(Fraction).IgnoreThen(Exponent.Try().OptionalOrDefault()));

    public static Tokenizer<FormulaToken> Instance { get; } = new TokenizerBuilder<FormulaToken>()
        .Ignore(Span.WhiteSpace)
        .Match(GradientName, FormulaToken.GradientName)
        .Match(Identifier, FormulaToken.Identifier)
        .Match(Number, FormulaToken.Number)
        .Match(Span.EqualTo("<="), FormulaToken.LessOrEqual)
        .Match(Span.EqualTo(">="), FormulaToken.GreaterOrEqual)
        .Match(Span.EqualTo("=="), FormulaToken.Equal)
        .Match(Span.EqualTo("!="), FormulaToken.NotEqual)
        .Match(Character.EqualTo('<'), FormulaToken.Less)
        .Match(Character.EqualTo('>'), FormulaToken.Greater)
        .Match(Character.EqualTo('+'), FormulaToken.Plus)
        .Match(Character.EqualTo('-'), FormulaToken.Minus)
        .Match(Character.EqualTo('*'), FormulaToken.Star)
        .Match(Character.EqualTo('/'), FormulaToken.Slash)
        .Match(Character.EqualTo('^'), FormulaToken.Caret)
        .Match(Character.EqualTo('('), FormulaToken.LeftParen)
        .Match(Character.EqualTo(')'), FormulaToken.RightParen)
        .Match(Character.EqualTo(','), FormulaToken.Comma)
        .Match(Character.EqualTo('?'), FormulaToken.Question)
        .Match(Character.EqualTo(':'), FormulaToken.Colon)
        .Build();
}
