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
}
