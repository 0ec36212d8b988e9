using System.Globalization;
using System.Runtime.CompilerServices;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;
using static SkipNet.Checker.Formulas.BinaryOperator;

namespace SkipNet.Checker.Formulas.Latex;

/// <summary>
/// The Superpower grammar of one side, loosest first: + − (left), · / and juxtaposition (left), prefix sign,
/// ^ (one exponent), primary. Names go to the resolver as written ("w5", "yhat", "dL/dw0", "dz2/dh1").
/// </summary>
internal sealed class LatexGrammar
{
    private readonly Func<string, string?> resolveName;
    private readonly int endColumn;

    private LatexGrammar(Func<string, string?> resolveName, int endColumn)
    {
        this.resolveName = resolveName;
        this.endColumn = endColumn;
    }

    /// <summary>A parser for a whole side.</summary>
    /// <param name="resolveName">Canonical name for a written name, or null when unknown.</param>
    /// <param name="endColumn">Column just past the math, for a stack exhausted at its end.</param>
    public static TokenListParser<LatexToken, Expr> Side(Func<string, string?> resolveName, int endColumn) =>
        new LatexGrammar(resolveName, endColumn).Build();

    private sealed record WrittenName(string Base, string Subscript, int Primes, int Column)
    {
        // LaTeX's L is the loss; elsewhere the letters are the formula language's names.
        public string Written => (Base == "L" && Subscript.Length == 0 ? "loss" : Base + Subscript) + new string('\'', Primes);

        // In a derivative the loss keeps its letter: dL/dw0.
        public string InDerivative => Base + Subscript + new string('\'', Primes);
    }

    // A case's value and condition; no condition means "otherwise".
    private sealed record CaseRow(Expr Value, Expr? Condition);

    private TokenListParser<LatexToken, Expr> Build()
    {
        TokenListParser<LatexToken, Expr>? sum = null;
        TokenListParser<LatexToken, Expr>? signed = null;
        TokenListParser<LatexToken, Expr>? power = null;
        var expression = StackGuarded(Parse.Ref(() => sum!));
        var signedRef = StackGuarded(Parse.Ref(() => signed!));
        var powerRef = StackGuarded(Parse.Ref(() => power!));

        var name = Name();
        var condition = Condition(expression);
        var primary = Primary(expression, signedRef, powerRef, name, condition);

        power = primary.Then(@base => Kind(LatexToken.Caret)
            .IgnoreThen(Exponent(expression, name))
            .Select(exponent => (Expr)new Expr.Binary(Power, @base, exponent))
            .OptionalOrDefault(@base));
        signed = Kind(LatexToken.Minus).IgnoreThen(signedRef).Select(operand => (Expr)new Expr.Negate(operand))
            .Or(Kind(LatexToken.Plus).IgnoreThen(signedRef))
            .Or(powerRef);

        var explicitFactor = Kind(LatexToken.Times).Value(Multiply).Or(Kind(LatexToken.Slash).Value(Divide))
            .Then(op => signedRef.Select(right => (op, right)));
        var factor = explicitFactor.Or(Juxtaposed(powerRef).Select(right => (op: Multiply, right)));
        var product = signedRef.Then(first => factor.Many()
            .Select(rest => rest.Aggregate(first, (left, next) => (Expr)new Expr.Binary(next.op, left, next.right))));
        sum = Parse.Chain(
            Kind(LatexToken.Plus).Value(Add).Or(Kind(LatexToken.Minus).Value(Subtract)),
            product,
            (op, left, right) => new Expr.Binary(op, left, right));

        return expression.AtEnd();
    }

    private TokenListParser<LatexToken, Expr> Primary(
        TokenListParser<LatexToken, Expr> expression,
        TokenListParser<LatexToken, Expr> signed,
        TokenListParser<LatexToken, Expr> power,
        TokenListParser<LatexToken, WrittenName> name,
        TokenListParser<LatexToken, Expr> condition)
    {
        var number = Kind(LatexToken.Number).Select(NumberLiteral);
        var arguments = ArgumentList(expression);
        // A function without parentheses takes the juxtaposed product that follows: \tanh 2x = tanh(2x).
        var bareArgument = signed.Then(first => Juxtaposed(power).Many()
            .Select(rest => (Expr[])[rest.Aggregate(first, (left, right) => new Expr.Binary(Multiply, left, right))]));

        TokenListParser<LatexToken, Expr> Application(string key, int column) =>
            Kind(LatexToken.Prime).Many().Then(primes => arguments.Or(bareArgument)
                .Select(args => LatexFunctions.Apply(key, primes.Length, args, Parameter(column), column)));

        var functionCommand = Token.Matching<LatexToken>(kind => kind is LatexToken.Command or LatexToken.TextGroup or LatexToken.FunctionWord, "function")
            .Where(token => FunctionKey(token) is not null && token.ToStringValue() != @"\sigma")
            .Then(token => Application(FunctionKey(token)!, Column(token)));
        // \sigma is the sigmoid only where applied: \sigma(z), \sigma'(z); otherwise a name.
        var sigmoid = Token.EqualToValue(LatexToken.Command, @"\sigma")
            .Then(token => FollowedBy(LatexToken.Prime, LatexToken.LeftParen, LatexToken.LeftDelimiter).Value(token))
            .Try()
            .Then(token => Application("sigmoid", Column(token)));

        var dOperator = Token.EqualToValue(LatexToken.Letter, "d")
            .Or(Kind(LatexToken.Partial))
            .Or(Kind(LatexToken.TextGroup).Where(token => LatexText.Content(token).Trim() == "d"));
        var derivativePart = dOperator.Then(d => name.Select(written => (written, column: Column(d))));
        // dL/dw_0 and \partial L/\partial w_0 as one name.
        var inlineDerivative = derivativePart.Then(top => Kind(LatexToken.Slash).IgnoreThen(derivativePart)
                .Select(bottom => Derivative(top.written, bottom.written, top.column)))
            .Try();
        var fractionArgument = Braced(expression).Or(number).Or(name.Select(Variable));
        var fraction = Kind(LatexToken.Command).Where(IsFraction)
            .Then(frac => Braced(derivativePart).Then(top => Braced(derivativePart)
                    .Select(bottom => Derivative(top.written, bottom.written, Column(frac))))
                .Try()
                .Or(TwoDigitFraction)
                .Or(fractionArgument.Then(top => fractionArgument.Select(bottom => (Expr)new Expr.Binary(Divide, top, bottom)))));

        var euler = Token.EqualToValue(LatexToken.Letter, "e").IgnoreThen(Kind(LatexToken.Caret)).Try()
            .IgnoreThen(Exponent(expression, name))
            .Select(exponent => (Expr)new Expr.Call(FormulaFunction.Exp, [exponent]));

        var namedValue = name.Then(written => NamedValue(written, arguments));

        // 𝟙[z > 0], 𝟙_{z > 0}: the condition itself, which is 1 where it holds and 0 elsewhere.
        var indicator = Kind(LatexToken.Indicator).IgnoreThen(
            Grouped(condition).Or(Kind(LatexToken.Underscore).IgnoreThen(Braced(condition))));

        var wrapped = Token.EqualTo(LatexToken.Command).Where(token => LatexCommands.Wrappers.Contains(token.ToStringValue()))
            .IgnoreThen(Braced(expression));
        var absolute = Kind(LatexToken.AbsOpen).IgnoreThen(expression).Then(inner => Kind(LatexToken.AbsClose)
            .Value((Expr)new Expr.Call(FormulaFunction.Abs, [inner])));

        var cases = Cases(expression, condition);
        var otherEnvironment = Kind(LatexToken.BeginEnvironment).Select<LatexToken, Token<LatexToken>, Expr>(token =>
            throw new LatexSyntaxException($"the {LatexText.Content(token)} environment is not read", Column(token)));
        var unknownCommand = Kind(LatexToken.Command).Select<LatexToken, Token<LatexToken>, Expr>(token =>
            throw new LatexSyntaxException($"unknown command {SyntaxMessage.Quote(token.ToStringValue())}", Column(token)));
        var prose = Kind(LatexToken.TextGroup).Select<LatexToken, Token<LatexToken>, Expr>(token =>
            throw new LatexSyntaxException($"prose '{Shorten(LatexText.Content(token).Trim())}' inside an expression", Column(token)));

        return number
            .Or(inlineDerivative)
            .Or(euler)
            .Or(sigmoid)
            .Or(functionCommand)
            .Or(namedValue)
            .Or(fraction)
            .Or(indicator)
            .Or(wrapped)
            .Or(Grouped(expression))
            .Or(Braced(expression))
            .Or(absolute)
            .Or(cases)
            .Or(otherEnvironment)
            .Or(unknownCommand)
            .Or(prose);
    }

    // A letter, Greek letter or hatted letter, with an optional subscript and primes: w_{0}, \hat{y}', \alpha.
    private TokenListParser<LatexToken, WrittenName> Name()
    {
        var letter = Kind(LatexToken.Letter).Select(token => (text: token.ToStringValue(), column: Column(token)));
        var greek = Kind(LatexToken.Command).Where(token => LatexCommands.Greek.Contains(token.ToStringValue()[1..]))
            .Select(token => (text: token.ToStringValue()[1..], column: Column(token)));
        var hatted = Kind(LatexToken.Command).Where(token => token.ToStringValue() is @"\hat" or @"\widehat")
            .Then(hat => Braced(letter.Or(greek)).Or(letter).Or(greek).Select(inner => (text: inner.text + "hat", column: Column(hat))));
        var subscriptPiece = Token.Matching<LatexToken>(kind => kind is LatexToken.Number or LatexToken.Letter, "index")
            .Select(token => token.ToStringValue());
        var subscript = Kind(LatexToken.Underscore)
            .IgnoreThen(subscriptPiece.Or(Braced(subscriptPiece.AtLeastOnce().Select(string.Concat))))
            .OptionalOrDefault("");
        return hatted.Or(letter).Or(greek).Then(@base => subscript.Then(sub => Kind(LatexToken.Prime).Many()
            .Select(primes => new WrittenName(@base.text, sub, primes.Length, @base.column))));
    }

    // L(\hat{y}, y) is the loss, its arguments only a reminder; a name the resolver maps to a function is applied.
    private TokenListParser<LatexToken, Expr> NamedValue(WrittenName written, TokenListParser<LatexToken, Expr[]> arguments)
    {
        if (written.Written == "loss")
        {
            return SkipGroup.OptionalOrDefault().Value(Resolve(written.Written, written.Column));
        }

        var canonical = resolveName(written.Written)
            ?? throw new LatexSyntaxException($"unknown name '{written.Written}'", written.Column);
        return FormulaFunctions.FromSpelling(canonical) is { } function
            ? arguments.Select(args => LatexFunctions.Apply(function.Spelling(), written.Primes, args, Parameter(written.Column), written.Column))
            : Parse.Return<LatexToken, Expr>(new Expr.Variable(canonical));
    }

    private Expr Derivative(WrittenName top, WrittenName bottom, int column) =>
        Resolve($"d{top.InDerivative}/d{bottom.InDerivative}", column);

    private Expr Variable(WrittenName written) => Resolve(written.Written, written.Column);

    private Expr Resolve(string written, int column) =>
        resolveName(written) is { } canonical
            ? new Expr.Variable(canonical)
            : throw new LatexSyntaxException($"unknown name '{written}'", column);

    private Func<string, Expr> Parameter(int column) => written => Resolve(written, column);

    // (a, b), \left(a, b\right), [a, b], \{a, b\}.
    private static TokenListParser<LatexToken, Expr[]> ArgumentList(TokenListParser<LatexToken, Expr> expression) =>
        Token.Matching<LatexToken>(kind => kind is LatexToken.LeftParen or LatexToken.LeftDelimiter or LatexToken.LeftBracket or LatexToken.LeftCurly, "(")
            .IgnoreThen(expression.ManyDelimitedBy(
                Kind(LatexToken.Comma),
                end: Token.Matching<LatexToken>(kind => kind is LatexToken.RightParen or LatexToken.RightDelimiter or LatexToken.RightBracket or LatexToken.RightCurly, ")")));

    // One token, or a braced expression: x^2, e^z, x^{-1}.
    private TokenListParser<LatexToken, Expr> Exponent(TokenListParser<LatexToken, Expr> expression, TokenListParser<LatexToken, WrittenName> name) =>
        Braced(expression)
            .Or(Kind(LatexToken.Number).Select(NumberLiteral))
            .Or(Kind(LatexToken.Letter).Or(Kind(LatexToken.Command).Where(token => LatexCommands.Greek.Contains(token.ToStringValue()[1..])))
                .Select(token => Resolve(token.Kind == LatexToken.Letter ? token.ToStringValue() : token.ToStringValue()[1..], Column(token))));

    // sum (relation sum)+; a chain a < b < c means both comparisons hold, i.e. their product is 1.
    private TokenListParser<LatexToken, Expr> Condition(TokenListParser<LatexToken, Expr> expression)
    {
        var comparison = Kind(LatexToken.Relation).Select(ComparisonOperator)
            .Then(op => expression.Select(right => (op, right)));
        return expression.Then(first => comparison.AtLeastOnce().Select(rest =>
        {
            Expr? holds = null;
            var left = first;
            foreach (var (op, right) in rest)
            {
                Expr compared = new Expr.Binary(op, left, right);
                holds = holds is null ? compared : new Expr.Binary(Multiply, holds, compared);
                left = right;
            }

            return holds!;
        }));
    }

    // \begin{cases} v_1, & c_1 \\ v_2 & , c_2 \\ v_3 & \text{otherwise} \end{cases}; where no condition holds, NaN.
    private static TokenListParser<LatexToken, Expr> Cases(TokenListParser<LatexToken, Expr> expression, TokenListParser<LatexToken, Expr> condition)
    {
        // v, & c   v & , c   v, c   v & c   v \text{ if } c
        var separator = Kind(LatexToken.Ampersand).IgnoreThen(Kind(LatexToken.Comma).OptionalOrDefault()).Value(Unit.Value)
            .Or(Kind(LatexToken.Comma).IgnoreThen(Kind(LatexToken.Ampersand).OptionalOrDefault()).Value(Unit.Value))
            .Or(FollowedBy(LatexToken.TextGroup));
        var otherwise = Kind(LatexToken.TextGroup).Where(token => CaseWord(token) is "otherwise" or "else" or "elsewhere" or "sonst")
            .Value((Expr?)null);
        var leadingProse = Kind(LatexToken.TextGroup).Where(token => CaseWord(token) is "if" or "for" or "when" or "where" or "falls" or "")
            .Many();
        var rowCondition = leadingProse.IgnoreThen(otherwise.Or(condition.Select(c => (Expr?)c)));
        var row = expression.Then(value => separator.IgnoreThen(rowCondition)
            .Select(c => new CaseRow(value, c)));
        var begin = Kind(LatexToken.BeginEnvironment).Where(token => LatexText.Content(token) is "cases" or "dcases");
        var end = Kind(LatexToken.EndEnvironment).Where(token => LatexText.Content(token) is "cases" or "dcases");
        return begin.Then(start => row.Then(first => Kind(LatexToken.RowBreak).IgnoreThen(row.Select(r => (CaseRow?)r).OptionalOrDefault()).Many()
                .Then(rest => end.Select(_ => Piecewise([first, .. rest], Column(start))))));
    }

    // The words of a case's prose, without the spaces and punctuation around them: "\text{, if }" → "if".
    private static string CaseWord(Token<LatexToken> token) => LatexText.Content(token).Trim(' ', ',', ':', ';').ToLowerInvariant();

    private static Expr Piecewise(CaseRow?[] rows, int column)
    {
        // A trailing \\ leaves an empty last row; an empty row anywhere else is an error.
        var written = rows[^1] is null ? rows[..^1] : rows;
        if (written.Any(row => row is null))
        {
            throw new LatexSyntaxException("a case is empty", column);
        }

        var last = written[^1]!;
        var tail = last.Condition is null ? last.Value : new Expr.Conditional(last.Condition, last.Value, new Expr.Number(double.NaN));
        foreach (var row in written[..^1].Reverse())
        {
            tail = row!.Condition is { } holds
                ? new Expr.Conditional(holds, row.Value, tail)
                : throw new LatexSyntaxException("only the last case may be 'otherwise'", column);
        }

        return tail;
    }

    // ( ), [ ], \{ \}, \left( \right): grouping only.
    private static TokenListParser<LatexToken, T> Grouped<T>(TokenListParser<LatexToken, T> inner) =>
        Token.Matching<LatexToken>(kind => kind is LatexToken.LeftParen or LatexToken.LeftBracket or LatexToken.LeftCurly or LatexToken.LeftDelimiter, "(")
            .Then(open => inner.Then(value => Kind(CloserOf(open.Kind)).Value(value)));

    private static LatexToken CloserOf(LatexToken opener) => opener switch
    {
        LatexToken.LeftParen => LatexToken.RightParen,
        LatexToken.LeftBracket => LatexToken.RightBracket,
        LatexToken.LeftCurly => LatexToken.RightCurly,
        _ => LatexToken.RightDelimiter,
    };

    private static TokenListParser<LatexToken, T> Braced<T>(TokenListParser<LatexToken, T> inner) =>
        Kind(LatexToken.LeftBrace).IgnoreThen(inner).Then(value => Kind(LatexToken.RightBrace).Value(value));

    // \frac12 is ½: TeX takes one digit per argument, the tokenizer one number for both.
    private static readonly TokenListParser<LatexToken, Expr> TwoDigitFraction = Kind(LatexToken.Number)
        .Where(token => token.Span.Length == 2 && token.ToStringValue().All(char.IsAsciiDigit))
        .Select(token => (Expr)new Expr.Binary(Divide, new Expr.Number(token.ToStringValue()[0] - '0'), new Expr.Number(token.ToStringValue()[1] - '0')));

    // Juxtaposition multiplies: 2x, w_2 h_0, \frac{dL}{dz_2} w_5. It takes no sign, so a − b stays a difference,
    // no number, so 1\,000 or "2 3" is an error rather than a product, and no prose, which may end a case's value.
    private static TokenListParser<LatexToken, Expr> Juxtaposed(TokenListParser<LatexToken, Expr> power) =>
        Parse.Not(Kind(LatexToken.Number).Or(Kind(LatexToken.TextGroup).Where(LatexText.IsProse))).IgnoreThen(power);

    // Positive lookahead, consuming nothing: not (not the kinds).
    private static TokenListParser<LatexToken, Unit> FollowedBy(params LatexToken[] kinds) =>
        Parse.Not(Parse.Not(Token.Matching<LatexToken>(kinds.Contains, "lookahead")));

    // Skips a balanced ( … ) group, whatever it holds.
    private static readonly TokenListParser<LatexToken, Unit> SkipGroup = input =>
    {
        var first = input.ConsumeToken();
        if (!first.HasValue || first.Value.Kind != LatexToken.LeftParen)
        {
            return TokenListParserResult.Empty<LatexToken, Unit>(input);
        }

        var depth = 1;
        var rest = first.Remainder;
        while (depth > 0)
        {
            var next = rest.ConsumeToken();
            if (!next.HasValue)
            {
                return TokenListParserResult.Empty<LatexToken, Unit>(rest, ["')'"]);
            }

            depth += LatexGroups.Opens(next.Value.Kind) ? 1 : LatexGroups.Closes(next.Value.Kind) ? -1 : 0;
            rest = next.Remainder;
        }

        return TokenListParserResult.Value(Unit.Value, input, rest);
    };

    private static BinaryOperator ComparisonOperator(Token<LatexToken> token) =>
        LatexCommands.Relations[token.ToStringValue()] switch
        {
            LatexRelation.Equal => BinaryOperator.Equal,
            LatexRelation.Less => Less,
            LatexRelation.LessOrEqual => LessOrEqual,
            LatexRelation.Greater => Greater,
            LatexRelation.GreaterOrEqual => GreaterOrEqual,
            LatexRelation.NotEqual => NotEqual,
            _ => throw new LatexSyntaxException($"'{token.ToStringValue()}' is not a comparison", Column(token)),
        };

    private static string? FunctionKey(Token<LatexToken> token) => token.Kind switch
    {
        LatexToken.Command => LatexFunctions.KeyOf(token.ToStringValue()[1..]),
        LatexToken.TextGroup => LatexFunctions.KeyOf(LatexText.Content(token)),
        LatexToken.FunctionWord => LatexFunctions.KeyOf(token.ToStringValue()),
        _ => null,
    };

    private static bool IsFraction(Token<LatexToken> token) => token.ToStringValue() is @"\frac" or @"\dfrac" or @"\tfrac";

    private static Expr NumberLiteral(Token<LatexToken> token)
    {
        // double.Parse gives ±∞ rather than failing when the literal exceeds double's range.
        var value = double.Parse(token.ToStringValue().Replace("{,}", ".", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value) ? new Expr.Number(value) : throw new LatexSyntaxException("number out of range", Column(token));
    }

    private static TokenListParser<LatexToken, Token<LatexToken>> Kind(LatexToken kind) => Token.EqualTo(kind);

    private static string Shorten(string text) => text.Length <= 20 ? text : text[..20] + "…";

    // Belt and braces behind LatexNesting: fail cleanly if the thread's stack is nearly used up anyway.
    private TokenListParser<LatexToken, Expr> StackGuarded(TokenListParser<LatexToken, Expr> parser) =>
        input => RuntimeHelpers.TryEnsureSufficientExecutionStack()
            ? parser(input)
            : throw new LatexSyntaxException(
                $"math is nested too deeply (more than {LatexMathReader.MaxDepth} levels)",
                input.IsAtEnd ? endColumn : Column(input.First()));

    private static int Column(Token<LatexToken> token) => token.Position.Absolute + 1;
}
