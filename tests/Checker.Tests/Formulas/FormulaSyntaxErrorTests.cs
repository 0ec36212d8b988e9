using SkipNet.Checker.Formulas;

namespace SkipNet.Checker.Tests.Formulas;

/// <summary>Every malformed formula is a <see cref="FormulaSyntaxException"/> pointing at the offending column.</summary>
public sealed class FormulaSyntaxErrorTests
{
    private static readonly HashSet<string> Known = ["x", "y", "w1", "w5", "dL/dz2"];

    private static FormulaSyntaxException Reject(string text) =>
        Assert.Throws<FormulaSyntaxException>(() => FormulaParser.Parse(text, name => Known.Contains(name) ? name : null));

    [Theory]
    [InlineData("", 1, "formula is empty")]
    [InlineData("   ", 1, "formula is empty")]
    [InlineData("x y", 3, "unexpected 'y'")]
    [InlineData("x )", 3, "unexpected ')'")]
    [InlineData("x # y", 3, "unexpected '#'")]
    [InlineData("x ∂ y", 3, "unexpected '∂'")]
    [InlineData("x\0", 2, "unexpected character U+0000")]
    [InlineData("(x", 3, "expected ')'")]
    [InlineData("(x y", 4, "expected ')' but found 'y'")]
    [InlineData("x ? y", 6, "expected ':'")]
    [InlineData("x ? : y", 5, "unexpected ':'")]
    [InlineData("x +", 4, "unexpected end of formula")]
    [InlineData("x + * y", 5, "unexpected '*'")]
    [InlineData("x < y < 1", 7, "unexpected '<'")]
    [InlineData("max(x,)", 7, "unexpected ')'")]
    [InlineData("12.", 3, "unexpected '.'")]
    [InlineData("2x", 2, "unexpected 'x'")]
    [InlineData("x = y", 3, "unexpected '='")]
    [InlineData("Relu(x)", 1, "unknown name 'Relu'")]
    public void Parse_MalformedText_ReportsColumnAndReason(string text, int column, string message)
    {
        var error = Reject(text);
        Assert.Equal((column, message), (error.Column, error.Message));
    }

    [Theory]
    [InlineData("foo + 1", 1, "unknown name 'foo'")]
    [InlineData("tanhh(x)", 1, "unknown name 'tanhh'")]
    [InlineData("leaky(x)", 1, "leaky takes 2 arguments, got 1")]
    [InlineData("x * dL/dz9", 5, "unknown name 'dL/dz9'")]
    [InlineData("relu", 1, "unknown name 'relu'")]
    public void Parse_UnknownName_ReportsNameAtItsColumn(string text, int column, string message)
    {
        var error = Reject(text);
        Assert.Equal((column, message), (error.Column, error.Message));
    }

    [Theory]
    [InlineData("relu(x, y)", 1, "relu takes 1 argument, got 2")]
    [InlineData("1 + max(x)", 5, "max takes 2 arguments, got 1")]
    [InlineData("abs()", 1, "abs takes 1 argument, got 0")]
    [InlineData("x * min(x, y, 1)", 5, "min takes 2 arguments, got 3")]
    public void Parse_WrongArity_ReportsFunctionColumn(string text, int column, string message)
    {
        var error = Reject(text);
        Assert.Equal((column, message), (error.Column, error.Message));
    }

    [Theory]
    [InlineData("1e999", 1)]
    [InlineData("x * 1e999", 5)]
    public void Parse_NumberBeyondDouble_IsOutOfRange(string text, int column)
    {
        var error = Reject(text);
        Assert.Equal((column, "number out of range"), (error.Column, error.Message));
    }

    [Fact]
    public void Parse_TextLongerThanMaxLength_IsRejectedBeforeParsing()
    {
        var error = Reject(new string('1', FormulaParser.MaxLength + 1));
        Assert.Equal((2001, "formula is longer than 2000 characters"), (error.Column, error.Message));
    }

    [Theory]
    [InlineData("(", 101)]
    [InlineData("-", 101)]
    [InlineData("-(", 101)]
    [InlineData("x^", 202)]
    [InlineData("x?x:", 402)]
    [InlineData("max(x,", 604)]
    public void Parse_NestingBeyondMaxDepth_IsRejectedAtTheLevelThatExceedsIt(string unit, int column)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 2000))[..1500];
        var error = Reject(text);
        Assert.Equal((column, "formula is nested too deeply (more than 100 levels)"), (error.Column, error.Message));
    }

    [Fact]
    public void Parse_OneParenthesisTooMany_PointsAtIt()
    {
        var depth = FormulaParser.MaxDepth + 1;
        var error = Reject(new string('(', depth) + "x" + new string(')', depth));
        Assert.Equal(depth, error.Column);
    }

    [Fact]
    public void Parse_NestingOnASmallStack_FailsCleanlyInsteadOfOverflowing()
    {
        // 256 KiB is far below any default thread stack; the grammar's stack guard must turn exhaustion into an error.
        Exception? unexpected = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    FormulaParser.Parse(string.Concat(Enumerable.Repeat("-(", 50)) + "x" + new string(')', 50), name => name);
                }
                catch (FormulaSyntaxException)
                {
                }
                catch (Exception e)
                {
                    unexpected = e;
                }
            },
            256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(unexpected);
    }
}
