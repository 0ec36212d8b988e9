using System.Globalization;
using System.Runtime.CompilerServices;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace SkipNet.Checker.Formulas;

/// <summary>
/// The Superpower grammar, loosest first: conditional (right-assoc), comparison (non-assoc), + − (left),
/// * / (left), unary − +, ^ (right-assoc, exponent may be unary), primary.
/// </summary>
internal static class FormulaGrammar
{
    /// <summary>A parser for a whole formula that resolves names as it meets them.</summary>
    /// <param name="resolveName">Canonical name for a written name, or null when unknown.</param>
    /// <param name="endColumn">Column just past the text, for errors at its end.</param>
    public static TokenListParser<FormulaToken, Expr> Formula(Func<string, string?> resolveName, int endColumn)
    {
        TokenListParser<FormulaToken, Expr>? conditional = null;
        TokenListParser<FormulaToken, Expr>? unary = null;
        var expression = StackGuarded(Parse.Ref(() => conditional!), endColumn);
        var unaryOperand = StackGuarded(Parse.Ref(() => unary!), endColumn);

        var arguments = Token.EqualTo(FormulaToken.LeftParen)
            .IgnoreThen(expression.ManyDelimitedBy(Token.EqualTo(FormulaToken.Comma), end: Token.EqualTo(FormulaToken.RightParen)));
        var name = Token.EqualTo(FormulaToken.Identifier).Or(Token.EqualTo(FormulaToken.GradientName))
            .Then(token => NameOrCall(token, arguments, resolveName));
        var parenthesised = Token.EqualTo(FormulaToken.LeftParen)
            .IgnoreThen(expression)
            .Then(inner => Token.EqualTo(FormulaToken.RightParen).Value(inner));
        var primary = Token.EqualTo(FormulaToken.Number).Select(NumberLiteral).Or(name).Or(parenthesised);

        var power = primary.Then(@base => Token.EqualTo(FormulaToken.Caret)
            .IgnoreThen(unaryOperand)
            .Select(exponent => (Expr)new Expr.Binary(BinaryOperator.Power, @base, exponent))
            .OptionalOrDefault(@base));
        unary = Token.EqualTo(FormulaToken.Minus).IgnoreThen(unaryOperand).Select(operand => (Expr)new Expr.Negate(operand))
            .Or(Token.EqualTo(FormulaToken.Plus).IgnoreThen(unaryOperand))
            .Or(power);

        var product = Parse.Chain(
            Operator(FormulaToken.Star, BinaryOperator.Multiply).Or(Operator(FormulaToken.Slash, BinaryOperator.Divide)),
            unary,
            MakeBinary);
        var sum = Parse.Chain(
            Operator(FormulaToken.Plus, BinaryOperator.Add).Or(Operator(FormulaToken.Minus, BinaryOperator.Subtract)),
            product,
            MakeBinary);

        var comparisonOperator = Operator(FormulaToken.Less, BinaryOperator.Less)
            .Or(Operator(FormulaToken.LessOrEqual, BinaryOperator.LessOrEqual))
            .Or(Operator(FormulaToken.Greater, BinaryOperator.Greater))
            .Or(Operator(FormulaToken.GreaterOrEqual, BinaryOperator.GreaterOrEqual))
            .Or(Operator(FormulaToken.Equal, BinaryOperator.Equal))
            .Or(Operator(FormulaToken.NotEqual, BinaryOperator.NotEqual));
        // At most one comparison: a second one is left over and reported as unexpected.
        var comparison = sum.Then(left => comparisonOperator
            .Then(op => sum.Select(right => MakeBinary(op, left, right)))
            .OptionalOrDefault(left));

        conditional = comparison.Then(condition => Token.EqualTo(FormulaToken.Question)
            .IgnoreThen(expression)
            .Then(whenTrue => Token.EqualTo(FormulaToken.Colon)
                .IgnoreThen(expression)
                .Select(whenFalse => (Expr)new Expr.Conditional(condition, whenTrue, whenFalse)))
            .OptionalOrDefault(condition));

        return expression.AtEnd();
    }

    private static TokenListParser<FormulaToken, BinaryOperator> Operator(FormulaToken token, BinaryOperator op) =>
        Token.EqualTo(token).Value(op);

    private static Expr MakeBinary(BinaryOperator op, Expr left, Expr right) => new Expr.Binary(op, left, right);

    private static Expr NumberLiteral(Token<FormulaToken> token)
    {
        // double.Parse gives ±∞ rather than failing when the literal exceeds double's range.
        var value = double.Parse(token.ToStringValue(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return double.IsFinite(value)
            ? new Expr.Number(value)
            : throw new FormulaSyntaxException("number out of range", Column(token));
    }

    // A function name is one only when '(' follows; otherwise it is an ordinary name for the resolver.
    private static TokenListParser<FormulaToken, Expr> NameOrCall(
        Token<FormulaToken> token, TokenListParser<FormulaToken, Expr[]> arguments, Func<string, string?> resolveName)
    {
        var written = token.ToStringValue();
        if (token.Kind != FormulaToken.Identifier || FormulaFunctions.FromSpelling(written) is not { } function)
        {
            return Parse.Return<FormulaToken, Expr>(Resolve(token, resolveName));
        }

        return arguments.Select(args => (Expr[]?)args)
            .OptionalOrDefault(null)
            .Select(args => args is null ? Resolve(token, resolveName) : MakeCall(function, args, token));
    }

    private static Expr Resolve(Token<FormulaToken> token, Func<string, string?> resolveName)
    {
        var written = token.ToStringValue();
        return resolveName(written) is { } canonical
            ? new Expr.Variable(canonical)
            : throw new FormulaSyntaxException($"unknown name '{written}'", Column(token));
    }

    private static Expr MakeCall(FormulaFunction function, Expr[] arguments, Token<FormulaToken> token)
    {
        var arity = function.Arity();
        return arguments.Length == arity
            ? new Expr.Call(function, arguments)
            : throw new FormulaSyntaxException(
                $"{function.Spelling()} takes {arity} argument{(arity == 1 ? "" : "s")}, got {arguments.Length}", Column(token));
    }

    // Belt and braces behind NestingGuard: fail cleanly if the thread's stack is nearly used up anyway.
    private static TokenListParser<FormulaToken, Expr> StackGuarded(TokenListParser<FormulaToken, Expr> parser, int endColumn) =>
        input => RuntimeHelpers.TryEnsureSufficientExecutionStack()
            ? parser(input)
            : throw new FormulaSyntaxException(
                $"formula is nested too deeply (more than {FormulaParser.MaxDepth} levels)",
                input.IsAtEnd ? endColumn : Column(input.First()));

    private static int Column(Token<FormulaToken> token) => token.Position.Absolute + 1;
}
