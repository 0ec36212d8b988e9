using SkipNet.Reference;
using SkipNet.Reference.Wide;

namespace SkipNet.Properties.Wide;

/// <summary>How entries are named and enumerated.</summary>
public sealed class EntryTests
{
    [Fact]
    public void ToString_NamesTheMatrixEntryOrTheVectorEntry()
    {
        Assert.Equal(["W0[0,1]", "W1[2,0]", "W2[1,1]", "W3[0,3]"],
            new[] { new Entry(Node.W0, 0, 1), new Entry(Node.W1, 2, 0), new Entry(Node.W2, 1, 1), new Entry(Node.W3, 0, 3) }.Select(e => e.ToString()));
        Assert.Equal(["x[1]", "z0[0]", "h0main[2]", "yhat[1]"],
            new[] { new Entry(Node.X, 1), new Entry(Node.Z0, 0), new Entry(Node.H0Main, 2), new Entry(Node.YHat, 1) }.Select(e => e.ToString()));
    }

    /// <summary>n·a + a·b + b·m + m·a entries, W0 to W3, each matrix row by row.</summary>
    [Fact]
    public void OfWeights_IsEveryEntryOfW0ToW3_RowByRow()
    {
        var entries = Entry.OfWeights(new Widths(2, 3, 1, 2));
        Assert.Equal(3 * 2 + 1 * 3 + 2 * 1 + 2 * 3, entries.Count);
        Assert.Equal([new Entry(Node.W0, 0, 0), new Entry(Node.W0, 0, 1), new Entry(Node.W0, 1, 0)], entries.Take(3));
        Assert.Equal(new Entry(Node.W3, 1, 2), entries[^1]);
        Assert.Equal([Node.W0, Node.W1, Node.W2, Node.W3], entries.Select(e => e.Node).Distinct());
    }

    /// <summary>The weights' entries, then x's n: what a gradient check differentiates along.</summary>
    [Fact]
    public void OfInputs_IsTheWeightsThenX()
    {
        var widths = new Widths(2, 3, 1, 2);
        var entries = Entry.OfInputs(widths);
        Assert.Equal(Entry.OfWeights(widths).Count + 2, entries.Count);
        Assert.Equal(Entry.OfWeights(widths), entries.Take(entries.Count - 2));
        Assert.Equal([new Entry(Node.X, 0), new Entry(Node.X, 1)], entries.TakeLast(2));
    }

    /// <summary>
    /// Every node's entries, in the order of <see cref="Node"/>: the inputs', then a entries each of z0, h0, h0's two
    /// uses, b of z1 and h1, m of z2 and ŷ.
    /// </summary>
    [Fact]
    public void All_IsEveryNodesEntries_InNodeOrder()
    {
        var widths = new Widths(2, 3, 1, 2);
        var entries = Entry.All(widths);
        Assert.Equal(Entry.OfInputs(widths).Count + 4 * 3 + 2 * 1 + 2 * 2, entries.Count);
        Assert.Equal(Nodes.All, entries.Select(e => e.Node).Distinct());
        Assert.Equal(Entry.OfInputs(widths), entries.Take(Entry.OfInputs(widths).Count));
        Assert.All(Nodes.All.Except(Nodes.Inputs), node => Assert.Equal(
            Enumerable.Range(0, node switch { Node.Z1 or Node.H1 => 1, Node.Z2 or Node.YHat => 2, _ => 3 }).Select(i => new Entry(node, i)),
            entries.Where(e => e.Node == node)));
    }
}
