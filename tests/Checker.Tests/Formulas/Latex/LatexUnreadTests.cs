using SkipNet.Checker.Formulas.Latex;
using static SkipNet.Checker.Tests.Formulas.Latex.LatexReading;

namespace SkipNet.Checker.Tests.Formulas.Latex;

/// <summary>What cannot be read is unread with a column and a reason; only the guards throw.</summary>
public sealed class LatexUnreadTests
{
    [Theory]
    [InlineData(@"\foo x", 1, @"unknown command '\foo'")]
    [InlineData(@"\frac{a}{b", 11, "expected '}'")]
    [InlineData(@"\left( x", 9, @"expected '\right)'")]
    [InlineData("x + }", 5, "unexpected '}'")]
    [InlineData("x # y", 3, "unexpected '#'")]
    [InlineData(@"\max(z)", 1, "max takes 2 arguments, got 1")]
    [InlineData(@"\text{ReLU}''(z)", 1, "only first derivatives are read, not relu''")]
    [InlineData(@"\operatorname{sign}'(z)", 1, "the derivative sign' is not read")]
    [InlineData(@"\begin{matrix} a \end{matrix}", 1, "the matrix environment is not read")]
    [InlineData(@"(a \text{so} b)", 4, @"expected ')' but found '\text{so}'")]
    [InlineData(@"(a + \text{so})", 6, "prose 'so' inside an expression")]
    [InlineData(@"\begin{cases} 1, & \text{otherwise} \\ 2, & z > 0 \end{cases}", 1, "only the last case may be 'otherwise'")]
    [InlineData(@"\begin{cases} 1, & z \approx 0 \end{cases}", 22, @"'\approx' is not a comparison")]
    [InlineData(@"\mathbb{1}[z]", 13, "unexpected ']'")]
    public void Read_MalformedSide_IsUnreadWithColumnAndReason(string math, int column, string reason)
    {
        var unread = Unread(math);
        Assert.Equal((column, reason), (unread.Column, unread.Reason));
    }

    [Theory]
    [InlineData(@"\frac{a}{b")]
    [InlineData(@"\left( x")]
    [InlineData(@"\begin{cases} 1, & z > 0")]
    [InlineData(@"\left| x")]
    [InlineData("{x")]
    [InlineData(@"x \right)")]
    [InlineData(@"\end{cases} x")]
    public void Read_Unbalanced_IsUnreadNotAThrow(string math) => Assert.False(Assert.Single(Assert.Single(Chains(math)).Sides).IsRead);

    /// <summary>A reason is one line: a token that holds a line break (\right, a newline, then its delimiter) is quoted with the break as the space TeX reads.</summary>
    [Fact]
    public void Read_TokenWithALineBreak_ReasonOnOneLine()
    {
        var unread = Unread("x \\right\n]");
        Assert.Equal((3, @"unexpected '\right ]'"), (unread.Column, unread.Reason));
    }

    [Fact]
    public void Read_NumberBeyondDouble_IsOutOfRange()
    {
        var unread = Unread("x + " + new string('9', 400));
        Assert.Equal((5, "number out of range"), (unread.Column, unread.Reason));
    }

    [Fact]
    public void Read_MathLongerThanMaxLength_ThrowsBeforeReading()
    {
        var error = Assert.Throws<LatexSyntaxException>(() => Chains(new string('x', 1 << 20)));
        Assert.Equal((20_001, "math is longer than 20000 characters"), (error.Column, error.Message));
    }

    [Theory]
    // Each unit adds a level, so the 101st trips the guard: at its '{', its \left(, its sign, its \tanh, its bar.
    [InlineData(@"\frac{", 606)]
    [InlineData(@"\left(", 601)]
    [InlineData("-", 101)]
    [InlineData(@"\tanh ", 601)]
    [InlineData("|", 101)]
    public void Read_DeepNesting_ThrowsNestedTooDeeplyAtTheLevelThatExceedsIt(string unit, int column)
    {
        var error = Assert.Throws<LatexSyntaxException>(() => Chains(string.Concat(Enumerable.Repeat(unit, 2_000)) + "x"));
        Assert.Equal((column, "math is nested too deeply (more than 100 levels)"), (error.Column, error.Message));
    }

    [Fact]
    public void Read_TenThousandNestedFractions_IsACleanError()
    {
        var error = Assert.Throws<LatexSyntaxException>(() => Chains(string.Concat(Enumerable.Repeat(@"\frac{1}{", 10_000)) + "x"));
        Assert.Equal((20_001, "math is longer than 20000 characters"), (error.Column, error.Message));
    }

    [Fact]
    public void Read_JuxtaposedFractions_AreNotNesting()
    {
        // \frac takes groups, so a thousand fractions side by side are one product, not a thousand levels: 2^-1000.
        var product = Single(string.Concat(Enumerable.Repeat(@"\frac{1}{2} ", 1000)));
        Assert.Equal(Math.Pow(0.5, 1000), LatexReading.Value(product, new Dictionary<string, double>()));
    }

    [Fact]
    public void Read_NestingOnASmallStack_FailsCleanlyInsteadOfOverflowing()
    {
        // 256 KiB is far below any default thread stack; the grammar's stack guard must turn exhaustion into an error.
        Exception? unexpected = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Chains(string.Concat(Enumerable.Repeat(@"\left(-\frac{1}{", 24)) + "x" + string.Concat(Enumerable.Repeat(@"}\right)", 24)));
                }
                catch (LatexSyntaxException)
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

    [Fact]
    public void Read_NullArguments_AreRejected()
    {
        Assert.Throws<ArgumentNullException>(() => LatexMathReader.Read(null!, name => name));
        Assert.Throws<ArgumentNullException>(() => LatexMathReader.Read("x", null!));
    }
}
