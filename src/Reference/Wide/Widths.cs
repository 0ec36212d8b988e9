namespace SkipNet.Reference.Wide;

/// <summary>The layer widths: x ∈ Rⁿ, h0 ∈ Rᵃ, h1 ∈ Rᵇ, ŷ ∈ Rᵐ. The exercise is n = a = b = m = 1.</summary>
public sealed record Widths
{
    public Widths(int n, int a, int b, int m)
    {
        N = AtLeastOne(n, nameof(n));
        A = AtLeastOne(a, nameof(a));
        B = AtLeastOne(b, nameof(b));
        M = AtLeastOne(m, nameof(m));
    }

    /// <summary>The input's width.</summary>
    public int N { get; }

    /// <summary>The first hidden layer's width.</summary>
    public int A { get; }

    /// <summary>The second hidden layer's width.</summary>
    public int B { get; }

    /// <summary>The output's width.</summary>
    public int M { get; }

    /// <summary>1, 1, 1, 1: the scalar exercise.</summary>
    public static Widths Exercise { get; } = new(1, 1, 1, 1);

    /// <summary>"n,a,b,m", as the command line takes it.</summary>
    public override string ToString() => $"{N},{A},{B},{M}";

    private static int AtLeastOne(int width, string name) =>
        width >= 1 ? width : throw new ArgumentOutOfRangeException(name, width, "a layer width must be at least 1");
}
