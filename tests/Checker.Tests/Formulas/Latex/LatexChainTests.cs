using SkipNet.Checker.Formulas;
using SkipNet.Checker.Formulas.Latex;
using static SkipNet.Checker.Formulas.BinaryOperator;
using static SkipNet.Checker.Tests.Formulas.Latex.LatexReading;

namespace SkipNet.Checker.Tests.Formulas.Latex;

/// <summary>How a span is cut into chains of sides, and what carries no claim.</summary>
public sealed class LatexChainTests
{
    private static IEnumerable<Expr?> Sides(LatexChain chain) => chain.Sides.Select(side => side.Expr);

    [Fact]
    public void Read_Chain_HasItsSidesRelationsAndColumns()
    {
        var chain = Assert.Single(Chains(@"z_1 = h_0 \cdot w_1 = 0.25"));
        Assert.Equal([V("z1"), B(Multiply, V("h0"), V("w1")), N(0.25)], Sides(chain));
        Assert.Equal([LatexRelation.Equal, LatexRelation.Equal], chain.Relations);
        // "z_1" at 1, "h_0 \cdot w_1" at 7 (13 characters), "0.25" at 23.
        Assert.Equal([(1, 3), (7, 13), (23, 4)], chain.Sides.Select(side => (side.Column, side.Length)));
        Assert.False(chain.Continues);
        Assert.Null(chain.Lead);
    }

    [Fact]
    public void Read_EveryRelation_IsNamed()
    {
        var chain = Assert.Single(Chains(@"a \approx b < c \le d \leq e > f \ge g \geq h \ne i \neq j"));
        Assert.Equal(
            [
                LatexRelation.Approx, LatexRelation.Less, LatexRelation.LessOrEqual, LatexRelation.LessOrEqual, LatexRelation.Greater,
                LatexRelation.GreaterOrEqual, LatexRelation.GreaterOrEqual, LatexRelation.NotEqual, LatexRelation.NotEqual,
            ],
            chain.Relations);
        Assert.Equal(10, chain.Sides.Count);
    }

    [Theory]
    [InlineData(@"w_0 \leftarrow w_0 - \alpha g")]
    [InlineData(@"w_0 := w_0 - \alpha g")]
    [InlineData(@"w_0 \gets w_0 - \alpha g")]
    public void Read_Update_IsAnAssignment(string math)
    {
        var chain = Assert.Single(Chains(math));
        Assert.Equal([LatexRelation.Assign], chain.Relations);
        Assert.Equal([V("w0"), B(Subtract, V("w0"), B(Multiply, V("alpha"), V("g")))], Sides(chain));
    }

    [Theory]
    [InlineData(@"a = 1 \quad b = 2 \qquad c = 3")]
    [InlineData("a = 1, b = 2, c = 3")]
    [InlineData(@"a = 1 \\ b = 2 \\ c = 3")]
    [InlineData(@"a = 1; b = 2. c = 3")]
    public void Read_SeparatedEquations_AreSeveralChains(string math) =>
        Assert.Equal(
            [[V("a"), N(1)], [V("b"), N(2)], [V("c"), N(3)]],
            Chains(math).Select(chain => Sides(chain).ToArray()));

    [Fact]
    public void Read_CommasInsideGroups_DoNotSeparate()
    {
        var chain = Assert.Single(Chains(@"h = \max(0, z) = \begin{cases} z, & z > 0 \\ 0, & z \le 0 \end{cases}"));
        Assert.Equal(3, chain.Sides.Count);
        Assert.All(chain.Sides, side => Assert.True(side.IsRead));
    }

    [Fact]
    public void Read_SpanStartingWithARelation_ContinuesThePreviousChain()
    {
        var chain = Assert.Single(Chains("= 0.125 + 0.250 = 0.375"));
        Assert.True(chain.Continues);
        Assert.Equal([LatexRelation.Equal, LatexRelation.Equal], chain.Relations);
        Assert.Equal([B(Add, N(0.125), N(0.25)), N(0.375)], Sides(chain));
    }

    [Fact]
    public void Read_AlignRows_ContinueAcrossTheRowBreak()
    {
        var chain = Assert.Single(Chains(@"z_0 &= w_0 x \\ &= 0.5"));
        Assert.Equal([V("z0"), B(Multiply, V("w0"), V("x")), N(0.5)], Sides(chain));
    }

    [Fact]
    public void Read_AlignedEnvironment_IsReadAsItsRows() =>
        Assert.Equal(
            [[V("a"), V("b")], [V("c"), V("d")]],
            Chains(@"\begin{aligned} a &= b \\ c &= d \end{aligned}").Select(chain => Sides(chain).ToArray()));

    [Theory]
    [InlineData(@"\left| \frac{dL}{dw_2} = -1 \cdot 1 \cdot h_1 = -0.25 \right|")]
    [InlineData(@"| \frac{dL}{dw_2} = -1 \cdot 1 \cdot h_1 = -0.25 |")]
    [InlineData(@"\boxed{\frac{dL}{dw_2} = -1 \cdot 1 \cdot h_1 = -0.25}")]
    public void Read_FrameAroundAClaim_IsReadAsTheClaim(string math)
    {
        var chain = Assert.Single(Chains(math));
        Assert.Equal([V("dL/dw2"), B(Multiply, B(Multiply, Neg(N(1)), N(1)), V("h1")), Neg(N(0.25))], Sides(chain));
    }

    [Fact]
    public void Read_ProseClause_EndsTheChainAndLeadsTheNext()
    {
        var chains = Chains(@"= -0.25 \quad \text{because } z_1 = 0.25 > 0");
        Assert.Equal(2, chains.Count);
        Assert.True(chains[0].Continues);
        Assert.Equal([Neg(N(0.25))], Sides(chains[0]));
        Assert.Equal("because", chains[1].Lead);
        Assert.Equal([V("z1"), N(0.25), N(0)], Sides(chains[1]));
        Assert.Equal([LatexRelation.Equal, LatexRelation.Greater], chains[1].Relations);
    }

    [Fact]
    public void Read_LeadingProse_IsTheLead()
    {
        var chains = Chains(@"\text{Loss : } w_0 = 1.25 \quad w_1 = 0.75");
        Assert.Equal(["Loss :", null], chains.Select(chain => chain.Lead));
        Assert.Equal([[V("w0"), N(1.25)], [V("w1"), N(0.75)]], chains.Select(chain => Sides(chain).ToArray()));
    }

    [Fact]
    public void Read_ParenthesisedAside_IsSkippedAndTheChainGoesOn()
    {
        var chain = Assert.Single(Chains(@"L = \delta \cdot (|r| - \delta/2) \quad\text{(the }|r| > \delta\text{ piece)} = 2.5"));
        Assert.Equal(3, chain.Sides.Count);
        Assert.Equal(N(2.5), chain.Sides[2].Expr);
        var skip = Assert.Single(Chains(@"a = b \quad\text{(skip + main)} = c"));
        Assert.Equal([V("a"), V("b"), V("c")], Sides(skip));
    }

    [Fact]
    public void Read_Arrow_EndsTheChain()
    {
        var chains = Chains(@"\frac{dL}{dw_0} = \frac{dz_0}{dw_0} \quad \rightarrow x");
        Assert.Equal([[V("dL/dw0"), V("dz0/dw0")], [V("x")]], chains.Select(chain => Sides(chain).ToArray()));
    }

    [Theory]
    [InlineData(@"\downarrow")]
    [InlineData(@"\uparrow")]
    [InlineData(@"\quad \\ &")]
    [InlineData(@"\text{calculated}")]
    [InlineData("")]
    public void Read_LayoutAlone_HasNoChains(string math) => Assert.Empty(Chains(math));

    [Theory]
    [InlineData(@"3) z_0 = x \cdot w_0")]
    [InlineData(@"3. z_0 = x \cdot w_0")]
    public void Read_LeadingEnumerator_IsSkipped(string math)
    {
        var chain = Assert.Single(Chains(math));
        Assert.Equal([V("z0"), B(Multiply, V("x"), V("w0"))], Sides(chain));
        Assert.Equal(4, chain.Sides[0].Column);
    }

    [Fact]
    public void Read_Matrix_IsOneUnreadSide()
    {
        var unread = Unread(@"\begin{matrix} \text{calculated} & \downarrow \\ & w_5 \end{matrix}");
        Assert.Equal((1, "the matrix environment is not read"), (unread.Column, unread.Reason));
    }

    [Theory]
    [InlineData("a = = b", 1, 5)]
    [InlineData("a =", 1, 4)]
    public void Read_RelationWithoutOperand_LeavesAnEmptyUnreadSide(string math, int side, int column)
    {
        var chain = Assert.Single(Chains(math));
        Assert.Null(chain.Sides[side].Expr);
        Assert.Equal((column, "nothing stands on this side of the relation"), (chain.Sides[side].Unread!.Column, chain.Sides[side].Unread!.Reason));
    }

    [Theory]
    [InlineData(@"a = \quad b")]
    [InlineData(@"a = \\ b")]
    [InlineData(@"a &= \\ & b")]
    public void Read_BreakRightAfterARelation_EndsNothing(string math) =>
        Assert.Equal([V("a"), V("b")], Sides(Assert.Single(Chains(math))));

    [Fact]
    public void Read_OneUnreadSide_LeavesTheOthersRead()
    {
        var chain = Assert.Single(Chains(@"a = \foo{b} = 2"));
        Assert.Equal([V("a"), null, N(2)], Sides(chain));
        Assert.Equal((5, "unknown command '\\foo'"), (chain.Sides[1].Unread!.Column, chain.Sides[1].Unread!.Reason));
    }
}
